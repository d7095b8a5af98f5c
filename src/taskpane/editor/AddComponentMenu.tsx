// "Onderdeel toevoegen": a Fluent menu with the five kinds and "vaste voet + per inwoner".
import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import type { ComponentKind } from "../../allocation/types";
import { useEditor } from "./EditorContext";

export type AddChoice = ComponentKind | "base-plus-rate";

const CHOICES: AddChoice[] = ["per-inhabitant", "share-of-total", "fixed-amount", "fixed-percentage", "per-unit", "base-plus-rate"];

export function AddComponentMenu({ onAdd }: { onAdd(choice: AddChoice): void }): React.JSX.Element {
  const { m } = useEditor();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton data-field="add">{m.add}</MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {CHOICES.map((choice) => (
            <MenuItem key={choice} onClick={() => onAdd(choice)}>
              {m.addKinds[choice]}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
