// One labelled text field of the editor (Fluent Field + Input or Textarea), showing the
// validation message of its form key below it; screen readers get it as the field's description.
import { Field, Input, Textarea } from "@fluentui/react-components";
import { useEditor } from "./EditorContext";

export interface TextFieldProps {
  fieldKey: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  required?: boolean;
  multiline?: boolean;
  /** "decimal" for amounts (the phone keyboard with a comma), "numeric" for the year. */
  inputMode?: "decimal" | "numeric";
  type?: "text" | "date";
  placeholder?: string;
  className?: string;
}

export function TextField(props: TextFieldProps): React.JSX.Element {
  const { message, touch } = useEditor();
  const error = message(props.fieldKey);
  const common = {
    "data-field": props.fieldKey,
    value: props.value,
    placeholder: props.placeholder,
    onBlur: () => touch(props.fieldKey),
  };
  return (
    <Field
      label={props.label}
      hint={props.hint}
      required={props.required}
      validationState={error ? "error" : "none"}
      validationMessage={error}
      className={props.className}
    >
      {props.multiline ? (
        <Textarea
          {...common}
          resize="vertical"
          onChange={(_, d) => {
            props.onChange(d.value);
            touch(props.fieldKey);
          }}
        />
      ) : (
        <Input
          {...common}
          type={props.type ?? "text"}
          inputMode={props.inputMode}
          autoComplete="off"
          onChange={(_, d) => {
            props.onChange(d.value);
            touch(props.fieldKey);
          }}
        />
      )}
    </Field>
  );
}
