import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REAL_CASE } from '../../test/cases'
import {
  DEFAULT_CONFIG,
  checkPolicy,
  decodeShareState,
  derivePolicy,
  encodeShareState,
} from '../core'

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

    const expected = derivePolicy(REAL_CASE).json
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

describe('policy generate --config', () => {
  it.each([
    ['an unknown field', { identity: ['example.com'] }],
    ['a share-link payload instead of a configuration', { c: { identities: ['example.com'] } }],
    ['a field of the wrong type', { regions: 'us-east-1' }],
    ['an invalid account', { account: '12' }],
  ])('returns exit 2 and names the field for %s', (_name, content) => {
    const dir = mkdtempSync(join(tmpdir(), 'ses-policy-'))
    const file = join(dir, 'config.json')
    writeFileSync(file, JSON.stringify(content))

    const { stderr, code } = cli(['generate', '--config', file])

    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/identity|"c"|regions|account \(from --config\)/)
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

const ANYMAIL_384 = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['ses:SendEmail', 'ses:SendBulkEmail'], Resource: '*' }],
})
const SCOPE = ['--identity', 'example.com', '--region', 'us-east-1', '--account', '111122223333']

function policyFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ses-policy-')), 'policy.json')
  writeFileSync(file, text)
  return file
}

describe('policy check', () => {
  it('returns exit 1 and the missing ses:SendRawEmail for the anymail#384 policy', () => {
    const { stdout, code } = cli(['check', policyFile(ANYMAIL_384), ...SCOPE, '--format', 'json'])

    const output = JSON.parse(stdout)
    expect(code).toBe(1)
    expect(output.missing).toEqual([
      {
        action: 'ses:SendRawEmail',
        resource: 'arn:aws:ses:us-east-1:111122223333:identity/example.com',
        reason: 'No statement allows ses:SendRawEmail.',
        operation: 'SendEmail (SES API v2) with raw MIME content',
      },
    ])
    expect(output.unneeded).toEqual([
      { action: 'ses:SendEmail', resource: '*' },
      { action: 'ses:SendBulkEmail', resource: '*' },
    ])
  })

  it('returns the same findings as checkPolicy, the function the page uses', () => {
    const { stdout } = cli(['check', '-', ...SCOPE, '--format', 'json'], ANYMAIL_384)

    const config = {
      ...DEFAULT_CONFIG,
      identities: ['example.com'],
      regions: ['us-east-1'],
      account: '111122223333',
    }
    const page = checkPolicy(ANYMAIL_384, config).findings
    const shown = JSON.parse(stdout).findings as { code: string; path: string; line: number }[]
    expect(shown.map((f) => [f.code, f.path, f.line])).toEqual(
      page.map((f) => [f.code, f.path, f.line]),
    )
  })

  it('returns exit 0 for the generated policy of the same configuration', () => {
    const generated = cli(['generate', ...REAL_CASE_ARGS]).stdout

    const { code, stdout } = cli(['check', policyFile(generated), ...REAL_CASE_ARGS])

    expect(code).toBe(0)
    expect(stdout).toContain('0 missing, 0 unneeded')
  })

  it('returns the account and region it read from the policy when none is given', () => {
    const generated = cli(['generate', ...REAL_CASE_ARGS]).stdout

    const { code, stdout } = cli([
      'check',
      policyFile(generated),
      '--feature',
      'send',
      '--feature',
      'templates',
      '--format',
      'json',
    ])

    const output = JSON.parse(stdout)
    expect(code).toBe(0)
    expect(output.missing).toEqual([])
    expect(output.assumed).toEqual({
      account: '111122223333',
      regions: ['us-east-1'],
      identities: ['example.com'],
      templates: ['welcome'],
    })
  })

  it('returns exit 1 with a line and column for a trailing comma', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow"},\n  ]\n}'

    const { code, stdout } = cli(['check', policyFile(text), '--format', 'json'])

    const syntax = JSON.parse(stdout).findings.find(
      (f: { code: string }) => f.code === 'JSON_TRAILING_COMMA',
    )
    expect(code).toBe(1)
    expect(syntax).toMatchObject({ line: 4, column: 24 })
  })

  it('returns the check of a policy carried in a share link', () => {
    const fragment = encodeShareState({ config: DEFAULT_CONFIG, policy: ANYMAIL_384 })

    const { code, stdout } = cli(['check', '--link', fragment, '--format', 'json'])

    expect(code).toBe(1)
    expect(JSON.parse(stdout).missing[0].action).toBe('ses:SendRawEmail')
  })

  it.each([
    ['an unreadable file', ['check', '/nonexistent/policy.json']],
    ['no file', ['check']],
    ['two files', ['check', 'a.json', 'b.json']],
  ])('returns exit 2 for %s', (_name, args) => {
    const { code, stderr } = cli(args)

    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
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
    [
      'an account given twice',
      ['generate', '--account', '111122223333', '--account', '444455556666'],
    ],
    ['an empty account', ['generate', '--account', '']],
    ['an empty region', ['generate', '--region', '']],
    ['an argument generate does not take', ['generate', 'extra']],
    ['a config file that is a directory', ['generate', '--config', '/tmp']],
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
