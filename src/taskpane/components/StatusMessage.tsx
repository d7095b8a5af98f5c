// The outcome of the last action (applied, checked, marked, saved, failed) in a Fluent
// MessageBar inside a polite live region, so screen readers hear it without losing their place.
import type { FlowStatus } from "../useApplyFlow";
import { Notice } from "./Notice";

export function StatusMessage({ status }: { status: FlowStatus | undefined }): React.JSX.Element {
  return (
    <div aria-live="polite">
      {status ? <Notice intent={status.intent}>{status.text}</Notice> : null}
    </div>
  );
}
