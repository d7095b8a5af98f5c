// Meldingen: every finding with its cell; activating one selects that cell in the sheet.
import { Badge, Link, Subtitle2, Text, useId } from "@fluentui/react-components";
import { memo } from "react";
import { formatFinding } from "../../workbook";
import type { Finding } from "../../workbook/types";
import { useMessages } from "../i18n";
import { useSectionStyles } from "./styles";
import { Notice } from "./Notice";

/** More than this many findings are summarised ("… en nog 212 meldingen"). */
export const MAX_SHOWN_FINDINGS = 100;

export interface FindingsListProps {
  findings: Finding[];
  onSelect(finding: Finding): void;
}

export const FindingsList = memo(function FindingsList({ findings, onSelect }: FindingsListProps): React.JSX.Element | null {
  const { t, lang } = useMessages();
  const styles = useSectionStyles();
  const headingId = useId("findings-heading");
  if (findings.length === 0) return null;
  const errors = findings.filter((f) => f.severity === "error").length;
  const shown = findings.slice(0, MAX_SHOWN_FINDINGS);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t.findingsHeading(findings.length)}
      </Subtitle2>
      {errors > 0 ? (
        <Notice intent="error">{t.findingsErrors(errors)}</Notice>
      ) : null}
      <ul aria-labelledby={headingId} className={styles.list}>
        {shown.map((f, i) => {
          const text = formatFinding(f, lang);
          const severity =
            f.severity === "error" ? t.severityError : f.severity === "warning" ? t.severityWarning : t.severityInfo;
          return (
            <li key={`${f.code}/${f.cell ?? ""}/${i}`} className={styles.row}>
              <Badge
                appearance="tint"
                size="small"
                color={f.severity === "error" ? "danger" : f.severity === "warning" ? "warning" : "informative"}
              >
                {severity}
              </Badge>
              {f.cell ? (
                <Link as="button" onClick={() => onSelect(f)}>
                  {text}
                </Link>
              ) : (
                <Text>{text}</Text>
              )}
            </li>
          );
        })}
      </ul>
      {findings.length > shown.length ? <Text>{t.findingsMore(findings.length - shown.length)}</Text> : null}
    </section>
  );
});
