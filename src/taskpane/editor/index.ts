// The schedule editor for the task pane's Schema's tab.
export { ScheduleEditor, type ScheduleEditorProps } from "./ScheduleEditor";
export { ScheduleJsonDialog, type ScheduleJsonDialogProps } from "./ScheduleJsonDialog";
export { readScheduleText, type ReadResult } from "./read-json";
export { editorMessages, type EditorMessages } from "./messages";
