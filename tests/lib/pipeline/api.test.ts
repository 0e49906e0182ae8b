/** The engine's public API, pinned: a change to it is a deliberate change to this list. */
import { expect, it } from 'vitest'
import * as engine from '../../../src/lib/index.ts'

it('exports exactly the public API', () => {
  expect(Object.keys(engine).sort()).toEqual([
    'appealColumns',
    'appealRows',
    'applicantColumns',
    'cellLookup',
    'checkResult',
    'collectContent',
    'collectReports',
    'correctableFields',
    'formatDiagnostic',
    'formatDiagnostics',
    'formatNumber',
    'formatReading',
    'moneyColumns',
    'parseCollection',
    'parseFile',
    'parseFileSource',
    'parseReport',
    'parseSource',
    'proactiveRows',
    'progressLine',
    'readerFor',
    'readerLabels',
    'readers',
    'registryOf',
    'reportProcessor',
    'requestColumns',
    'requestRows',
    'ruleCatalog',
    'rules',
    'runRules',
    'severityWords',
    'summarise',
    'tableKeys',
    'tableNames',
  ])
})
