// Verdeelschema: pick a bundled schedule, see where it comes from, and edit each component's
// rate (what-if) and budget line. The agreed value stays visible beside an edited one.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
  Text,
  useId,
} from "@fluentui/react-components";
import { memo } from "react";
import { formatEuro, localize } from "../../allocation";
import type { Component, Schedule } from "../../allocation/types";
import { useMessages } from "../i18n";
import { agreedValue, readRateInput, valueDecimals } from "../model/rates";
import { PartFields } from "./PartFields";
import { useSectionStyles } from "./styles";

function dateText(iso: string, lang: "nl" | "en"): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m && lang === "nl" ? `${Number(m[3])}-${Number(m[2])}-${m[1]}` : iso;
}

export function scheduleText(s: Schedule, lang: "nl" | "en"): string {
  return `${s.id} — ${localize(s.title, lang)}`;
}

function scheduleOptions(schedules: readonly Schedule[], lang: "nl" | "en"): React.JSX.Element[] {
  return schedules.map((s) => (
    <option key={s.id} value={s.id}>
      {scheduleText(s, lang)}
    </option>
  ));
}

interface ComponentFieldsProps {
  component: Component;
  schedule: Schedule;
  /** What the user typed into weight or percentage fields. */
  partTexts: Record<string, string> | undefined;
  onPartChange(id: string, part: string, text: string): void;
  /** What the user typed into the rate field; undefined: the agreed value is shown. */
  rateText: string | undefined;
  /** The user's budget line; undefined: the schedule's default. */
  budgetLine: string | undefined;
  disabled: boolean;
  onRateChange(id: string, text: string): void;
  onRateReset(id: string): void;
  onBudgetLineChange(id: string, text: string): void;
}

const ComponentFields = memo(function ComponentFields(props: ComponentFieldsProps): React.JSX.Element {
  const { t, lang } = useMessages();
  const styles = useSectionStyles();
  const headingId = useId("component");
  const agreedId = useId("agreed");
  const c = props.component;
  const label = localize(c.label, lang);
  const agreed = agreedValue(c);
  const shownRate = props.rateText ?? (agreed !== undefined ? (lang === "nl" ? agreed.replace(".", ",") : agreed) : "");
  const state = props.rateText === undefined ? undefined : readRateInput(props.rateText, agreed, valueDecimals(c, props.schedule));
  const invalid = state?.kind === "invalid";
  const invalidText = state?.kind === "invalid" && state.reason === "decimals" ? t.totalDecimals(props.schedule.rounding.unit === "euro") : t.rateInvalid;
  const valueLabel =
    c.kind === "per-unit"
      ? t.ratePerUnit(c.measure)
      : c.kind === "fixed-percentage"
        ? t.totalByPercentages
        : c.kind === "share-of-total"
          ? c.key ? t.totalToSplitByKey : t.totalToSplit
          : t.ratePerInhabitant;
  const edited = state !== undefined && state.kind !== "agreed";
  const how = c.period
    ? c.period.prorate === "months"
      ? t.prorateMonths
      : c.period.prorate === "days"
        ? t.prorateDays
        : t.prorateNone
    : "";
  return (
    <div role="group" aria-labelledby={headingId} className={styles.group}>
      <Text as="h3" weight="semibold" id={headingId} className={styles.heading}>
        {label}
      </Text>
      {c.period ? (
        <Caption1 className={styles.muted}>{t.period(dateText(c.period.from, lang), dateText(c.period.to, lang), how)}</Caption1>
      ) : null}
      {agreed !== undefined ? (
        <div className={styles.rateRow}>
          <Field
            className={styles.shrinks}
            label={valueLabel}
            validationState={invalid ? "error" : "none"}
            validationMessage={invalid ? invalidText : undefined}
          >
            <Input
              className={styles.shrinks}
              input={{ className: styles.shrinksInput }}
              value={shownRate}
              inputMode="decimal"
              autoComplete="off"
              disabled={props.disabled}
              aria-describedby={edited ? agreedId : undefined}
              onChange={(_, d) => props.onRateChange(c.id, d.value)}
            />
          </Field>
          {edited ? (
            <div className={styles.row}>
              <Caption1 id={agreedId}>{t.agreed(formatEuro(agreed, lang))}</Caption1>
              <Button size="small" appearance="subtle" aria-label={t.rateReset(label)} onClick={() => props.onRateReset(c.id)}>
                {t.reset}
              </Button>
            </div>
          ) : null}
        </div>
      ) : c.kind === "fixed-amount" ? (
        <Caption1>{t.fixedAmounts(Object.keys(c.amounts).length)}</Caption1>
      ) : null}
      <PartFields component={c} texts={props.partTexts} disabled={props.disabled} onChange={props.onPartChange} />
      <Field label={t.budgetLine} hint={c.budgetLine ? t.budgetLineDefault(c.budgetLine) : undefined}>
        <Input
          className={styles.shrinks}
          input={{ className: styles.shrinksInput }}
          value={props.budgetLine ?? c.budgetLine ?? ""}
          placeholder={t.budgetLinePlaceholder}
          autoComplete="off"
          disabled={props.disabled}
          onChange={(_, d) => props.onBudgetLineChange(c.id, d.value)}
        />
      </Field>
    </div>
  );
});

export interface ScheduleSectionProps {
  /** Every schedule that can be chosen: the bundled ones, then the user's own. */
  schedules: Schedule[];
  /** The user's own schedules (kept in the workbook), listed in a group of their own. */
  own: readonly Schedule[];
  selected: Schedule | undefined;
  rateTexts: Record<string, string>;
  partTexts: Record<string, Record<string, string>>;
  budgetLines: Record<string, string>;
  disabled: boolean;
  onSelect(id: string): void;
  onRateChange(id: string, text: string): void;
  onPartChange(id: string, part: string, text: string): void;
  onRateReset(id: string): void;
  onBudgetLineChange(id: string, text: string): void;
}

/** Memoized: the preview's render after a rate edit does not redraw the fields. */
export const ScheduleSection = memo(function ScheduleSection(props: ScheduleSectionProps): React.JSX.Element {
  const { t, lang } = useMessages();
  const styles = useSectionStyles();
  const headingId = useId("schedule-heading");
  const { selected } = props;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t.scheduleHeading}
      </Subtitle2>
      {/* The chosen schedule's whole name under the field: a narrow pane shows only its start. */}
      <Field label={t.scheduleLabel} hint={selected ? scheduleText(selected, lang) : undefined}>
        {/* A native select: every keyboard and screen reader knows it, the webview draws its list
            (never clipped by the pane), and it types ahead. See docs/performance.md. */}
        <Select
          className={styles.shrinks}
          select={{ className: styles.shrinksInput }}
          value={selected?.id ?? ""}
          disabled={props.disabled}
          onChange={(_, d) => {
            if (d.value && d.value !== selected?.id) props.onSelect(d.value);
          }}
        >
          {selected ? null : (
            <option value="" disabled>
              {t.schedulePlaceholder}
            </option>
          )}
          {props.own.length === 0 ? (
            scheduleOptions(props.schedules, lang)
          ) : (
            <>
              <optgroup label={t.scheduleGroupBundled}>{scheduleOptions(props.schedules.filter((s) => !props.own.includes(s)), lang)}</optgroup>
              <optgroup label={t.scheduleGroupOwn}>{scheduleOptions(props.own, lang)}</optgroup>
            </>
          )}
        </Select>
      </Field>
      {selected ? (
        <>
          <dl className={styles.details}>
            <dt>{t.region}</dt>
            <dd>{selected.region}</dd>
            <dt>{t.year}</dt>
            <dd>{selected.year}</dd>
            <dt>{t.source}</dt>
            <dd>{selected.source}</dd>
            <dt>{t.rounding}</dt>
            <dd>{selected.rounding.unit === "cent" ? t.roundingCent : t.roundingEuro}</dd>
          </dl>
          {selected.note ? (
            <Accordion collapsible>
              <AccordionItem value="note">
                <AccordionHeader size="small">{t.note}</AccordionHeader>
                <AccordionPanel>
                  <Caption1>{selected.note}</Caption1>
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          ) : null}
          {selected.components.map((c) => (
            <ComponentFields
              key={`${selected.id}/${c.id}`}
              component={c}
              schedule={selected}
              partTexts={props.partTexts[c.id]}
              onPartChange={props.onPartChange}
              rateText={props.rateTexts[c.id]}
              budgetLine={props.budgetLines[c.id]}
              disabled={props.disabled}
              onRateChange={props.onRateChange}
              onRateReset={props.onRateReset}
              onBudgetLineChange={props.onBudgetLineChange}
            />
          ))}
        </>
      ) : null}
    </section>
  );
});
