// The schema's texts in each language (see types.ts).
import type { Lang } from "../../types";
import { shapeEn } from "./en";
import { shapeNl } from "./nl";
import type { ShapeMessages } from "./types";

export type { ShapeMessages } from "./types";

export const SHAPE_MESSAGES: Record<Lang, ShapeMessages> = { nl: shapeNl, en: shapeEn };
