/**
 * The `check` command: lint a policy file and compare it with the configuration given by the
 * options. Exit 0 when there is no error finding and nothing is missing, 1 otherwise, 2 when the
 * file cannot be read. The JSON shape is a public interface: fields may be added, never renamed.
 */
import { readFileSync } from 'node:fs'
import { checkPolicy } from '../core'
import type { CheckResult } from '../core'
import { UsageError, problemOf, stateFromOptions } from './args'
import type { Values } from './args'

function readPolicy(file: string): string {
  let text: string
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8')
  } catch (error) {
    throw new UsageError(
      `cannot read ${file === '-' ? 'standard input' : file}: ${problemOf(error)}`,
    )
  }
  // Editors on Windows often start a file with a byte-order mark; it is not part of the policy.
  return text.startsWith('\uFEFF') ? text.slice(1) : text
}

/** Runs `check FILE` and returns the exit code. */
export function runCheck(values: Values, positionals: readonly string[]): number {
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`--format must be one of: text, json (got "${format}")`)
  }
  if (positionals.length > 1) throw new UsageError('check takes one FILE')
  const state = stateFromOptions(values)
  const file = positionals[0]
  if (file === undefined && state.policy === undefined) {
    throw new UsageError('check needs a FILE ("-" for standard input) or a --link with a policy')
  }
  const name = file ?? 'link'
  const text = file === undefined ? (state.policy ?? '') : readPolicy(file)

  const result = checkPolicy(text, state.config)

  process.stdout.write(format === 'json' ? toJson(result) : toText(result, name))
  const failed = result.missing.length > 0 || result.findings.some((f) => f.severity === 'error')
  return failed ? 1 : 0
}

function toJson(result: CheckResult): string {
  const output = {
    findings: result.findings.map(
      ({ code, severity, message, path, line, column, value, fix }) => ({
        code,
        severity,
        message,
        path,
        line,
        column,
        ...(value !== undefined && { value }),
        ...(fix && { fix: fix.title }),
      }),
    ),
    missing: result.missing.map(({ action, resource, reason, operation }) => ({
      action,
      resource,
      reason,
      operation,
    })),
    unneeded: result.unneeded.map(({ action, resource }) => ({ action, resource })),
    assumed: result.assumed,
  }
  return `${JSON.stringify(output, null, 2)}\n`
}

function toText(result: CheckResult, name: string): string {
  const lines = result.findings.map(
    (f) =>
      `${name}:${f.line}:${f.column}: ${f.severity} ${f.code}: ${f.message}` +
      `${f.path ? ` (${f.path})` : ''}${f.fix ? ` [fix: ${f.fix.title}]` : ''}`,
  )
  const assumed = Object.entries(result.assumed).map(
    ([field, value]) => `${field} ${String(value)}`,
  )
  if (assumed.length)
    lines.push(`Assumed from the policy (not in the configuration): ${assumed.join('; ')}`)
  if (result.missing.length) {
    lines.push('', 'Missing (the app will get AccessDenied):')
    for (const m of result.missing) lines.push(`  ${m.action} on ${m.resource}: ${m.reason}`)
  }
  if (result.unneeded.length) {
    lines.push('', 'Granted beyond need:')
    for (const u of result.unneeded) lines.push(`  ${u.action} on ${u.resource}`)
  }
  const errors = result.findings.filter((f) => f.severity === 'error').length
  if (lines.length) lines.push('')
  lines.push(
    `${count(result.findings.length, 'finding')} (${count(errors, 'error')}), ` +
      `${result.missing.length} missing, ${result.unneeded.length} unneeded`,
  )
  return `${lines.join('\n')}\n`
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`
