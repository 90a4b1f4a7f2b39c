import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG, decodeShareState, derivePolicy } from '../core'

const MAIN = join(import.meta.dirname, 'main.ts')

/** Runs the CLI as a user would (a real process), returning its streams and exit code. */
function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    encoding: 'utf8',
    input,
  })
  return { stdout: result.stdout, stderr: result.stderr, code: result.status }
}

const REAL_CASE_ARGS = [
  '--feature',
  'send',
  '--feature',
  'templates',
  '--template',
  'welcome',
  '--identity',
  'example.com',
  '--region',
  'us-east-1',
  '--account',
  '111122223333',
]

describe('policy generate', () => {
  it('returns the derived policy byte for byte for the real case', () => {
    const { stdout, code } = cli(['generate', ...REAL_CASE_ARGS])

    const expected = derivePolicy({
      ...DEFAULT_CONFIG,
      features: ['send', 'templates'],
      templates: ['welcome'],
      identities: ['example.com'],
      regions: ['us-east-1'],
      account: '111122223333',
    }).json
    expect(code).toBe(0)
    expect(stdout).toBe(expected)
  })

  it('returns the same policy from a link as from the options that made it', () => {
    const fragment = cli(['link', ...REAL_CASE_ARGS]).stdout.trim()

    const fromLink = cli(['generate', '--link', `https://example.org/ses/#${fragment}`])
    const fromOptions = cli(['generate', ...REAL_CASE_ARGS])

    expect(fromLink.code).toBe(0)
    expect(fromLink.stdout).toBe(fromOptions.stdout)
  })

  it('returns the policy of a --config file with options applied on top', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ses-policy-'))
    const file = join(dir, 'config.json')
    writeFileSync(file, JSON.stringify({ identities: ['example.com'], account: '111122223333' }))

    const { stdout, code } = cli(['generate', '--config', file, '--region', 'eu-west-1'])

    expect(code).toBe(0)
    expect(JSON.parse(stdout).Statement[0].Resource).toEqual([
      'arn:aws:ses:eu-west-1:111122223333:identity/example.com',
    ])
  })

  it('returns reasons and notes with --format json', () => {
    const { stdout, code } = cli(['generate', '--format', 'json'])

    const output = JSON.parse(stdout)
    expect(code).toBe(0)
    expect(output.policy.Statement[0].Action).toEqual(['ses:SendRawEmail'])
    expect(output.statements[0].actions[0].reasons[0].confidence).toBe('high')
    expect(output.notes.map((n: { code: string }) => n.code)).toContain('account-wildcard')
  })
})

describe('policy link', () => {
  it('returns a fragment that restores the configuration', () => {
    const { stdout, code } = cli([
      'link',
      '--sender',
      'smtp',
      '--sandbox',
      '--recipient',
      'qa@example.com',
    ])

    const decoded = decodeShareState(stdout.trim())
    expect(code).toBe(0)
    expect(decoded.ok && decoded.state.config).toMatchObject({
      sender: 'smtp',
      sandbox: true,
      recipients: ['qa@example.com'],
    })
  })
})

describe('policy senders', () => {
  it('returns every sender with its features as JSON', () => {
    const { stdout, code } = cli(['senders', '--format', 'json'])

    const senders = JSON.parse(stdout) as { id: string; features: { id: string }[] }[]
    expect(code).toBe(0)
    expect(senders.map((s) => s.id)).toEqual(['anymail', 'anymail-v1', 'smtp'])
    expect(senders[0]?.features.map((f) => f.id)).toEqual([
      'send',
      'templates',
      'sns-confirm',
      's3-inbound',
    ])
  })
})

describe('policy usage errors', () => {
  it.each([
    ['an unknown option', ['generate', '--bogus']],
    ['an unknown command', ['frobnicate']],
    ['a short account', ['generate', '--account', '123']],
    ['an unknown sender', ['generate', '--sender', 'mailgun']],
    ['an unknown feature', ['generate', '--feature', 'spam']],
    ['a misspelt region', ['generate', '--region', 'us-esat-1']],
    ['a damaged link', ['generate', '--link', '#v1.$$$']],
    ['a missing config file', ['generate', '--config', '/nonexistent/config.json']],
    ['a bad format', ['senders', '--format', 'yaml']],
    ['no command', []],
  ])('returns exit code 2 and one line on stderr for %s', (_name, args) => {
    const { stdout, stderr, code } = cli(args)

    expect(code).toBe(2)
    if (args.length > 0) {
      expect(stdout).toBe('')
      expect(stderr.trim().split('\n')).toHaveLength(1)
    }
  })
})
