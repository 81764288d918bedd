// The CSS of the elements' `css` tagged templates, minified when we build and measure. esbuild
// minifies JavaScript, not the text inside a template literal, so without this every comment,
// indent and newline of the style sheets ships to the browser. Interpolations (`${…}`) stand only
// where a value goes (tokens.ts): each becomes a placeholder identifier for the minifier and is put
// back after.
import { transformSync } from 'esbuild';

const TEMPLATE = /\bcss\s*`([^`]*)`/g;

/** Whether `source` holds a css`…` template (tsc writes it `css \``). */
export const hasCssTemplate = (source) => /\bcss\s*`/.test(source);

/** Returns `source` with the content of every css`…` template minified (same rules, fewer bytes). */
export function minifyCssTemplates(source, where = 'source') {
  return source.replace(TEMPLATE, (whole, body) => {
    const values = [];
    const marked = body.replace(/\$\{([^}]*)\}/g, (_, expression) => {
      // A brace inside an interpolation would end it early here: keep such expressions out of css`…`.
      if (expression.includes('{')) throw new Error(`${where}: an interpolation with a brace in a css\`\` template: \${${expression}}`);
      return `pi-slot-${values.push(expression) - 1}-x`;
    });
    let code;
    try {
      code = transformSync(marked, { loader: 'css', minify: true, logLevel: 'silent' }).code.trim();
    } catch (error) {
      throw new Error(`${where}: cannot minify a css\`\` template: ${error.message}`);
    }
    const restored = code.replace(/pi-slot-(\d+)-x/g, (_, i) => `\${${values[Number(i)]}}`);
    if ((restored.match(/\$\{/g) ?? []).length !== values.length) throw new Error(`${where}: an interpolation of a css\`\` template was lost in minifying`);
    return `css\`${restored}\``;
  });
}

/** The esbuild plugin: applies `minifyCssTemplates` to our own modules that hold style sheets. */
export const minifyCssPlugin = {
  name: 'minify-css-templates',
  setup(b) {
    b.onLoad({ filter: /\/src\/.*\.ts$/ }, async ({ path }) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(path, 'utf8');
      if (!hasCssTemplate(source)) return undefined;
      return { contents: minifyCssTemplates(source, path), loader: 'ts' };
    });
  },
};
