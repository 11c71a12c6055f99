// Partnership levels: their order on the ladder (as kb/ledger/Level) and the colour each has on every page.
export const LEVELS = ['SPECIAL', 'COMPREHENSIVE_STRATEGIC_COOPERATIVE', 'COMPREHENSIVE_STRATEGIC', 'STRATEGIC', 'COMPREHENSIVE'];

const COLOURS = {
  SPECIAL: '#8e24aa',
  COMPREHENSIVE_STRATEGIC_COOPERATIVE: '#b71c1c',
  COMPREHENSIVE_STRATEGIC: '#e53935',
  STRATEGIC: '#fb8c00',
  COMPREHENSIVE: '#fdd835',
};

export const NO_LEVEL = '#e0e0e0';

export function levelColour(level) { return COLOURS[level] || NO_LEVEL; }

/** ECharts, loaded as a classic script (window.echarts) from the WebJar before the modules run. */
export function charts() { return window.echarts; }
