// The schedule's own fields: id, titles, region, year, source, population date, note, rounding.
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { RoundingMode, RoundingUnit } from "../../allocation/types";
import { useEditor } from "./EditorContext";
import type { ScheduleForm } from "./form";
import { TextField } from "./TextField";

type Editable = Omit<ScheduleForm, "components" | "nextKey">;

export interface GeneralFieldsProps {
  form: ScheduleForm;
  onChange(patch: Partial<Editable>): void;
}

export function GeneralFields({ form, onChange }: GeneralFieldsProps): React.JSX.Element {
  const { m } = useEditor();
  const text = (
    key: keyof Editable & string,
    fieldKey: string,
    label: string,
    extra: { hint?: string; required?: boolean; multiline?: boolean } = {},
  ) => (
    <TextField fieldKey={fieldKey} label={label} value={form[key]} onChange={(value) => onChange({ [key]: value })} {...extra} />
  );
  return (
    <>
      {text("id", "id", m.id, { hint: m.idHint, required: true })}
      {text("titleNl", "title.nl", m.titleNl, { required: true })}
      {text("titleEn", "title.en", m.titleEn)}
      {text("region", "region", m.region, { required: true })}
      <TextField
        fieldKey="year"
        label={m.year}
        value={form.year}
        inputMode="numeric"
        required
        onChange={(year) => onChange({ year })}
      />
      {text("source", "source", m.source, { hint: m.sourceHint, required: true, multiline: true })}
      {text("populationDate", "populationDate", m.populationDate, { hint: m.populationDateHint })}
      {text("note", "note", m.note, { hint: m.noteHint, multiline: true })}
      <Field label={m.roundingUnit}>
        <RadioGroup
          data-field={"rounding.unit"}
          layout="horizontal"
          value={form.unit}
          onChange={(_, d) => onChange({ unit: d.value as RoundingUnit })}
        >
          <Radio value="cent" label={m.unitCent} />
          <Radio value="euro" label={m.unitEuro} />
        </RadioGroup>
      </Field>
      <Field label={m.roundingMode}>
        <RadioGroup
          data-field={"rounding.mode"}
          value={form.mode}
          onChange={(_, d) => onChange({ mode: d.value as RoundingMode })}
        >
          <Radio value="half-up" label={m.modeHalfUp} />
          <Radio value="half-even" label={m.modeHalfEven} />
        </RadioGroup>
      </Field>
    </>
  );
}
