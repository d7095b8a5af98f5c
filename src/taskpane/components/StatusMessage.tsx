// The outcome of the last action (applied, checked, marked, saved, failed) in a Fluent
// MessageBar inside a polite live region, so screen readers hear it without losing their place.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { FlowStatus } from "../useApplyFlow";

export function StatusMessage({ status }: { status: FlowStatus | undefined }): React.JSX.Element {
  return (
    <div aria-live="polite">
      {status ? (
        <MessageBar intent={status.intent}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
