// One element's entry point alone still types its tag and its events.
import 'policy-indicators/achievement-badge';

const badge = document.querySelector('achievement-badge');
badge?.addEventListener('indicator-error', (event) => console.log(event.detail.problems.length));
if (badge) badge.size = 'small';
