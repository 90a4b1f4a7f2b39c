/**
 * The command-line tool: the same core as the page, for scripts and CI. Results go to stdout,
 * problems to stderr. Exit codes: 0 success, 1 the check found a problem, 2 usage error or
 * unreadable input. These commands, options and outputs are a public interface: extend, never
 * rename.
 */
import { UsageError, parseCommandLine, stateFromOptions } from './args'
import type { Values } from './args'
import { HELP } from './help'
import { derivePolicy, encodeShareState, SENDERS } from '../core'
import { runCheck } from './check'

type Command = (values: Values, positionals: readonly string[]) => number

const write = (text: string): void => {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
}

function formatOf(values: Values, allowed: readonly string[]): string {
  const format = values.format ?? allowed[0] ?? 'text'
  if (!allowed.includes(format)) {
    throw new UsageError(`--format must be one of: ${allowed.join(', ')} (got "${format}")`)
  }
  return format
}

const generate: Command = (values) => {
  const format = formatOf(values, ['policy', 'json'])
  const derived = derivePolicy(stateFromOptions(values).config)
  if (format === 'json') {
    const { document, statements, notes } = derived
    write(JSON.stringify({ policy: document, statements, notes }, null, 2))
  } else {
    process.stdout.write(derived.json)
  }
  for (const note of derived.notes) {
    if (note.level === 'warning') process.stderr.write(`warning: ${note.message}\n`)
  }
  return 0
}

const link: Command = (values) => {
  const state = stateFromOptions(values)
  const shared = values['include-policy'] ? state : { config: state.config }
  write(encodeShareState(shared))
  return 0
}

const senders: Command = (values) => {
  const format = formatOf(values, ['text', 'json'])
  if (format === 'json') {
    const list = SENDERS.map(({ id, label, description, features, notes }) => ({
      id,
      label,
      description,
      features: features.map((f) => ({ id: f.id, label: f.label, description: f.description })),
      notes,
    }))
    write(JSON.stringify(list, null, 2))
    return 0
  }
  for (const sender of SENDERS) {
    write(`${sender.id}\t${sender.label}`)
    for (const feature of sender.features) write(`  --feature ${feature.id}\t${feature.label}`)
  }
  return 0
}

const COMMANDS: Record<string, Command> = {
  generate,
  link,
  senders,
  check: (values, positionals) => runCheck(values, positionals),
}

/** Runs one command line and returns its exit code. */
export function run(argv: readonly string[]): number {
  try {
    const { values, positionals } = parseCommandLine(argv)
    const [name, ...rest] = positionals
    if (values.help || name === 'help') {
      write(HELP)
      return 0
    }
    if (name === undefined) {
      process.stderr.write(HELP)
      return 2
    }
    const command = COMMANDS[name]
    if (!command) throw new UsageError(`unknown command "${name}"; see --help`)
    if (name !== 'check' && rest.length > 0) {
      throw new UsageError(`${name} takes no arguments, got "${rest[0] ?? ''}"`)
    }
    return command(values, rest)
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n`)
      return 2
    }
    throw error
  }
}

// A closed pipe (`... | head`) is a normal end for a command-line tool, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

process.exitCode = run(process.argv.slice(2))
