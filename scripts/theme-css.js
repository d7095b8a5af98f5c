// The pane's Fluent theme (webLightTheme) as CSS custom properties, written into taskpane.html at
// build time. Fluent's components style themselves with `var(--tokenName)`; FluentProvider would
// otherwise compute the same declarations in JavaScript on every opening from the theme object,
// which with its colour palettes is about 6 KB gzip of the opening bundle. Declared on :root, they
// reach the provider's portals too. Decision and figures: docs/performance.md.
"use strict";

/** `:root{--name:value;…}` for every token of the theme, in the theme's own order. */
function themeCss(theme = require("@fluentui/react-components").webLightTheme) {
  const declarations = Object.entries(theme).map(([name, value]) => {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`theme-css: unexpected token name "${name}"`);
    const text = String(value);
    if (/[{};<]/.test(text)) throw new Error(`theme-css: token ${name} has a value that cannot go into a stylesheet: ${text}`);
    return `--${name}:${text};`;
  });
  return `:root{${declarations.join("")}}`;
}

module.exports = { themeCss };
