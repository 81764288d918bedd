import { expect } from '@open-wc/testing';
import { axeViolations, closeAll, open, settle } from './frame.js';

/**
 * Every demo page, in both languages: no Lit dev-mode or multiple-versions warning, nothing else
 * warned or failed in the console, and axe finds no violation.
 *
 * Lit records each warning it prints in `globalThis.litIssuedWarnings` (only its development build
 * does, and that build always prints "Lit is in dev mode"), and each copy of lit-html it loads in
 * `litHtmlVersions`. Note: this test server resolves packages with the `production` condition
 * (web-test-runner.config.mjs); `npm start` serves the pages with Vite, whose resolution is set
 * in vite.config.ts.
 */
const PAGES = ['index', 'atsugi', 'asaka', 'embed', 'reports', 'chart'];


afterEach(closeAll);

describe('demo pages are clean', function () {
  this.timeout(90000);
  for (const name of PAGES) {
    for (const lang of ['ja', 'en']) {
      it(`${name} (${lang}): no Lit warning, no console warning or error, axe clean`, async () => {
        const { doc, win, messages, recordedFromStart } = await open(`demo/${name}.html${lang === 'en' ? '?lang=en' : ''}`);
        await settle(doc);
        expect(doc.documentElement.lang).to.equal(lang);
        expect([...(win.litIssuedWarnings ?? [])], 'warnings Lit printed').to.deep.equal([]);
        expect(win.litHtmlVersions, 'one copy of lit-html').to.have.length(1);
        if (recordedFromStart) expect(messages.filter((m) => /dev mode|multiple versions/i.test(m))).to.deep.equal([]);
        expect(messages, 'console warnings and errors').to.deep.equal([]);
        if (lang === 'en') {
          // The page's own words (title, headings, intros, labels) are English; data values may be Japanese.
          const ours = [doc.title, ...[...doc.querySelectorAll('[data-ja], [data-label-ja]')].map((el) => `${el.textContent} ${el.getAttribute('aria-label') ?? ''}`)];
          expect(ours.filter((t) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(t))).to.deep.equal([]);
        }
        expect(await axeViolations(doc)).to.deep.equal([]);
      });
    }
  }
});
