import { WAITING_CHILDREN } from './examples.js';

document.querySelector<HTMLElement & { indicator?: unknown }>('#decreasing')!.indicator = WAITING_CHILDREN;
