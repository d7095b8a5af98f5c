// Errors of the allocation core. Every message is Dutch (`message`) with English second
// (`messageEn`), so a host can show either without translating.

import { ALLOCATION_MESSAGES, type AllocationMessages } from "./i18n";
import type { Lang } from "./types";

/** Base class: an input the core refuses, explained in Dutch and English. */
export class VerdeelError extends Error {
  readonly messageEn: string;

  constructor(messageNl: string, messageEn: string) {
    super(messageNl);
    this.name = new.target.name;
    this.messageEn = messageEn;
  }

  /** The message in the language asked for. */
  text(lang: Lang): string {
    return lang === "en" ? this.messageEn : this.message;
  }
}

/** One problem found in a schedule; `field` is a path such as `components[1].rate`. */
export interface ScheduleIssue {
  field: string;
  /** Dutch, naming the origin (if any) and the field. */
  message: string;
  /** English, naming the origin (if any) and the field. */
  messageEn: string;
}

/** Builds an issue whose messages start with "origin, field: ". The root field is "". */
export function scheduleIssue(field: string, problemNl: string, problemEn: string, origin?: string): ScheduleIssue {
  const nl = field === "" ? ALLOCATION_MESSAGES.nl.wholeSchedule : field;
  const en = field === "" ? ALLOCATION_MESSAGES.en.wholeSchedule : field;
  const prefix = origin ? `${origin}, ` : "";
  return { field, message: `${prefix}${nl}: ${problemNl}`, messageEn: `${prefix}${en}: ${problemEn}` };
}

/** An issue whose problem is a text of the core's catalogue, rendered in both languages. */
export function catalogueIssue(field: string, text: (m: AllocationMessages) => string, origin?: string): ScheduleIssue {
  return scheduleIssue(field, text(ALLOCATION_MESSAGES.nl), text(ALLOCATION_MESSAGES.en), origin);
}

/**
 * A schedule (or an override of one) that is not valid. `field` and the messages describe the
 * first problem; `issues` lists every problem found in the same pass.
 */
export class ScheduleError extends VerdeelError {
  readonly field: string;
  readonly origin?: string;
  readonly issues: ScheduleIssue[];

  constructor(issues: ScheduleIssue[], origin?: string) {
    if (issues.length === 0) throw new TypeError("ScheduleError needs at least one issue");
    super(issues[0].message, issues[0].messageEn);
    this.field = issues[0].field;
    this.origin = origin;
    this.issues = issues;
  }

  /** An error with a single problem. */
  static of(field: string, problemNl: string, problemEn: string, origin?: string): ScheduleError {
    return new ScheduleError([scheduleIssue(field, problemNl, problemEn, origin)], origin);
  }
}

/** Input to allocate, apportion or verify that cannot give a correct figure. */
export class AllocationError extends VerdeelError {}

/** An AllocationError whose message is a text of the core's catalogue, in both languages. */
export function allocationError(text: (m: AllocationMessages["allocation"]) => string): AllocationError {
  return new AllocationError(text(ALLOCATION_MESSAGES.nl.allocation), text(ALLOCATION_MESSAGES.en.allocation));
}
