// Griffel (Fluent UI's CSS-in-JS) compiled ahead of time, its CSS in a stylesheet instead of the
// JavaScript. Used by webpack.config.js; decisions in docs/taskpane.md ("Bundle size").
//
// - @griffel/webpack-loader turns our own makeStyles/makeResetStyles calls into __styles calls with
//   the CSS already computed (Fluent's own packages ship that way), so the runtime style resolver
//   (stylis, rtl-css-js and most of @griffel/core) leaves the bundle;
// - GriffelCSSExtractionPlugin's loader turns every __styles/__resetStyles call (ours and Fluent's)
//   into __css/__resetCSS, which only return class names, and moves the CSS rules into a
//   `<file>.griffel.css` module each;
// - webpack's own CSS support (experiments.css) puts those modules into one .css file per page,
//   which HtmlWebpackPlugin links; there is no css-loader or mini-css-extract-plugin here;
// - GriffelCSSOrderPlugin (below) sorts that file the way Griffel's runtime orders its style
//   elements (by bucket: default, link, visited, focus-within, focus, focus-visible, hover, active,
//   …, then media queries), and drops duplicate rules. The extraction plugin does this itself only
//   for mini-css-extract-plugin's modules, so this small step stands in for it.
"use strict";
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
// Not exported from the package's index, but plain CommonJS files of it (0.5.x), and the
// @griffel/core that it uses itself.
const { parseCSSRules } = require("@griffel/webpack-extraction-plugin/src/parseCSSRules");
const { sortCSSRules } = require("@griffel/webpack-extraction-plugin/src/sortCSSRules");
const { defaultCompareMediaQueries } = require(
  require.resolve("@griffel/core", { paths: [require.resolve("@griffel/webpack-extraction-plugin")] }),
);

const NAME = "GriffelCSSOrderPlugin";

class GriffelCSSOrderPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.compilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_PRE_PROCESS }, (assets) => {
        for (const [file, source] of Object.entries(assets)) {
          if (!file.endsWith(".css")) continue;
          const css = source.source().toString();
          if (!css.includes("/** @griffel:css-start")) continue;
          const { cssRulesByBucket, remainingCSS } = parseCSSRules(css);
          compilation.updateAsset(file, new sources.RawSource(remainingCSS + sortCSSRules([cssRulesByBucket], defaultCompareMediaQueries)));
        }
      });
    });
  }
}

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
    // One stylesheet for all of Griffel's rules, also those of lazily loaded parts: the bucket order
    // holds only within a file (the extraction plugin does the same for mini-css-extract-plugin).
    cacheGroups: {
      griffelCss: {
        name: "griffel",
        test: (module) => module.type.startsWith("css") && /\.griffel\.css$/.test(module.matchResource ?? module.resource ?? ""),
        chunks: "all",
        enforce: true,
      },
    },
    plugins: [new GriffelCSSExtractionPlugin(), new GriffelCSSOrderPlugin()],
  };
}

module.exports = { griffelBuild, GriffelCSSOrderPlugin };
