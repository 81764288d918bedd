// Using the elements from Vue 3: with h(), a key the element has as a property (data) is set as a
// property, and onIndicatorSelect listens to `indicator-select`. In templates, tell the compiler
// these are custom elements: compilerOptions.isCustomElement = (tag) => tag.includes('-').
import { defineComponent, h, ref } from 'vue';
import 'policy-indicators';
import type { IndicatorSelectDetail } from 'policy-indicators';

export const IndicatorReport = defineComponent({
  props: { data: { type: Object, required: true }, lang: { type: String, default: 'ja' } },
  setup(props) {
    const selected = ref<string | null>(null);
    return () =>
      h('div', { lang: props.lang }, [
        h('policy-indicator-table', {
          data: props.data,
          'fiscal-year': '2024',
          columns: 'no indicator targets actual result rate',
          onIndicatorSelect: (e: CustomEvent<IndicatorSelectDetail>) => (selected.value = e.detail.indicatorId),
        }),
        selected.value ? h('target-trend-chart', { data: props.data, 'indicator-id': selected.value }) : null,
        h('p', { class: 'selected' }, selected.value ?? ''),
      ]);
  },
});
