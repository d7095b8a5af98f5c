// Types for scripts/make-icons.js.
export const SIZES: number[];
export function draw(size: number): Buffer;
export function encodePng(size: number, pixels: Buffer): Buffer;
export function decodePixels(png: Buffer, size: number): Buffer | undefined;
