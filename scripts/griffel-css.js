// Griffel (Fluent UI's CSS-in-JS) compiled ahead of time, its CSS in a stylesheet instead of the
// JavaScript. Used by webpack.config.js; decisions in docs/taskpane.md ("Bundle size").
//
// - @griffel/webpack-loader turns our own makeStyles/makeResetStyles calls into __styles calls with
//   the CSS already computed (Fluent's own packages ship that way), so the runtime style resolver
//   (stylis, rtl-css-js and most of @griffel/core) leaves the bundle;
// - GriffelCSSExtractionPlugin's loader turns every __styles/__resetStyles call (ours and Fluent's)
//   into __css/__resetCSS, which only return class names, and moves the CSS rules into a
//   `<file>.griffel.css` module each;
// - webpack's own CSS support (experiments.css; no css-loader or mini-css-extract-plugin here)
//   handles those modules, and one splitChunks group puts them all, also those of lazily loaded
//   parts, into the chunk named "griffel": one stylesheet, linked by HtmlWebpackPlugin;
// - GriffelCSSExtractionPlugin sorts the "griffel" chunk's stylesheet the way Griffel's runtime
//   orders its style elements (by bucket: reset, default, link, visited, focus-within, focus,
//   focus-visible, hover, active, …, then media queries) and drops duplicate rules. The order
//   holds only within one file, hence one file. (The plugin's own grouping recognizes only
//   mini-css-extract-plugin's modules, so the group below stands in for it.)
"use strict";
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");

/**
 * Rules, splitChunks cache groups and plugins for webpack.config.js. The rules go after its
 * TypeScript rule and run after it (`enforce: "post"`), right to left: makeStyles precompiled,
 * then the CSS moved out.
 */
function griffelBuild() {
  return {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        enforce: "post",
        use: [{ loader: GriffelCSSExtractionPlugin.loader }, { loader: "@griffel/webpack-loader" }],
      },
      {
        // Fluent's packages carry precompiled __styles/__resetStyles calls.
        test: /\.m?js$/,
        include: /[\\/]node_modules[\\/]@fluentui[\\/]/,
        enforce: "post",
        use: { loader: GriffelCSSExtractionPlugin.loader },
      },
      // webpack's own CSS modules (experiments.css) for the `.griffel.css` modules.
      { test: /\.griffel\.css$/, type: "css" },
    ],
    cacheGroups: {
      griffelCss: {
        name: "griffel",
        test: (module) => module.type.startsWith("css") && /\.griffel\.css$/.test(module.matchResource ?? module.resource ?? ""),
        chunks: "all",
        enforce: true,
      },
    },
    plugins: [new GriffelCSSExtractionPlugin()],
  };
}

module.exports = { griffelBuild };
