// The embed page's samples: each <template data-sample> is shown as text and stamped below it, so
// what a sample says and what the page shows are one source. The templates are ours (never data).
const lang = document.documentElement.lang === 'en' ? 'en' : 'ja';

/** The template's markup as written, without the indentation of the page around it. */
export function sampleText(template: HTMLTemplateElement): string {
  const lines = template.innerHTML.split('\n');
  while (lines.length && !lines[0]!.trim()) lines.shift();
  while (lines.length && !lines.at(-1)!.trim()) lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent).trimEnd()).join('\n');
}

function label(ja: string, en: string) {
  const p = document.createElement('p');
  p.className = 'sample-label';
  p.textContent = lang === 'en' ? en : ja;
  return p;
}

for (const template of document.querySelectorAll<HTMLTemplateElement>('template[data-sample]')) {
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = sampleText(template);
  pre.append(code);
  const output = document.createElement('div');
  output.className = 'sample-output';
  output.dataset.sampleOutput = '';
  // Scripts in the sample run once stamped (a clone of a template's script is not yet started).
  output.append(document.importNode(template.content, true));
  template.after(label('コード', 'Code'), pre, label('表示', 'Result'), output);
}
