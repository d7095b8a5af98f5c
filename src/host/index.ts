// The host contract: the one door between the task pane and a workbook, implemented by the
// Office host (src/excel, inside Excel) and the file host (src/cli, on .xlsx files). Types only.
export type * from "./contract";
