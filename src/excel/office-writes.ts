// What the Office host does only when the user acts (Toepassen, Ongedaan maken, Controleren's
// marks and report sheet): its own chunk, loaded on the first such action, not when the pane opens.
export { applyPlan } from "./apply-plan";
export { markCells, unmarkCells } from "./marks";
export { writeReportSheet } from "./report-sheet";
export { undoApply } from "./undo-apply";
