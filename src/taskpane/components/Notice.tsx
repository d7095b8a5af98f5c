// A message without a title in a Fluent MessageBar. MessageBar names its group by the id of a
// MessageBarTitle; without a title that id points at nothing (axe: aria-valid-attr-value), so a
// Notice leaves the group unnamed: its text is all there is to read. Always multiline: Fluent's
// default ("auto") first lays a message out on one line and only wraps it after measuring, so in
// Excel's 320 px pane a long message would stick out sideways for a moment.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export type NoticeIntent = "success" | "error" | "warning" | "info";

export function Notice({ intent, children }: { intent: NoticeIntent; children: React.ReactNode }): React.JSX.Element {
  return (
    <MessageBar intent={intent} layout="multiline" aria-labelledby={undefined}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
