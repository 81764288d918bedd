import { expect } from '@open-wc/testing';
import { until } from '../helpers/wait.js';
// Built by scripts/build-examples.mjs (the test command runs it first).
// @ts-expect-error a generated bundle without types
import { mountReact, mountReactWrappers, mountVue } from './.examples/mount.js';
import { loadJson } from '../helpers/datasets.js';


for (const [name, mount] of [['React 19', mountReact], ['React 19 with the policy-indicators/react components', mountReactWrappers], ['Vue 3', mountVue]] as const) {
  describe(`${name}: the elements inside an app`, () => {
    it('passes the dataset as a property, renders the table, and hears indicator-select', async () => {
      const data = await loadJson('atsugi-fy2024');
      const host = document.createElement('div');
      document.body.append(host);
      const unmount = mount(host, data);
      try {
        const table = () => host.querySelector('policy-indicator-table');
        await until(() => !!table()?.shadowRoot?.querySelector('tr.data'));
        expect((table() as unknown as { data: unknown }).data).to.equal(data);
        expect(table()!.shadowRoot!.querySelectorAll('tr.data')).to.have.length(31);
        expect(table()!.shadowRoot!.querySelector('tr[data-indicator="a01"]')!.textContent).to.contain('61.3%');
        (table()!.shadowRoot!.querySelector('tr[data-indicator="a10"] button.select') as HTMLButtonElement).click();
        await until(() => !!host.querySelector('target-trend-chart')?.shadowRoot?.querySelector('[part=summary]'));
        expect(host.querySelector('.selected')!.textContent).to.equal('a10');
        expect(host.querySelector('target-trend-chart')!.shadowRoot!.querySelector('[part=summary]')!.textContent).to.contain('達成率59.8%（未達成）');
      } finally {
        unmount();
        host.remove();
      }
    });
  });
}
