// A message without a title in a Fluent MessageBar. MessageBar names its group by the id of a
// MessageBarTitle; without a title that id points at nothing (axe: aria-valid-attr-value), so a
// Notice leaves the group unnamed: its text is all there is to read.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export type NoticeIntent = "success" | "error" | "warning" | "info";

export function Notice({ intent, children }: { intent: NoticeIntent; children: React.ReactNode }): React.JSX.Element {
  return (
    <MessageBar intent={intent} aria-labelledby={undefined}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
