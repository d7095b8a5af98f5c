// What the task pane may use of the worksheet functions: handing them the user's own schedules.
export { shareUserSchedules } from "./schedules";
