/**
 * Turns untrusted JSON (a share link's state, a CLI --config file) into a Config. Absent fields
 * take their defaults, so a file may state only what it cares about; an unknown field, a field of
 * the wrong type or an unknown sender or feature is an error: guessing would build the wrong policy.
 */
import {
  DEFAULT_CONFIG,
  FEATURE_IDS,
  LIST_FIELDS,
  PARTITIONS,
  SENDER_IDS,
  TEXT_FIELDS,
} from './types'
import type { Config, FeatureId, Partition, SenderId } from './types'

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string }

type Fields = Record<string, unknown>

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string')

function oneOf<T extends string>(list: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (list as readonly string[]).includes(v)
}

const BOOLEAN_FIELDS = ['sandbox', 'allowSendEmail'] as const

/** Reads a Config from parsed JSON, filling absent fields with defaults. */
export function parseConfig(input: unknown): ParseResult<Config> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'The configuration must be a JSON object.' }
  }
  const raw = input as Fields
  const out: Record<string, unknown> = { ...DEFAULT_CONFIG }
  const unknown = Object.keys(raw).find((key) => !(key in DEFAULT_CONFIG))
  if (unknown !== undefined) {
    const known = Object.keys(DEFAULT_CONFIG).join(', ')
    return { ok: false, error: `Unknown field "${unknown}"; the fields are: ${known}.` }
  }

  if ('sender' in raw) {
    if (!oneOf<SenderId>(SENDER_IDS, raw.sender)) {
      return { ok: false, error: `Unknown sender ${JSON.stringify(raw.sender)}.` }
    }
    out.sender = raw.sender
  }
  if ('partition' in raw) {
    if (!oneOf<Partition>(PARTITIONS, raw.partition)) {
      return { ok: false, error: `Unknown partition ${JSON.stringify(raw.partition)}.` }
    }
    out.partition = raw.partition
  }
  if ('features' in raw) {
    const features = raw.features
    if (!isStringList(features) || !features.every((f) => oneOf<FeatureId>(FEATURE_IDS, f))) {
      return { ok: false, error: `features must be a list of: ${FEATURE_IDS.join(', ')}.` }
    }
    out.features = features
  }

  for (const field of LIST_FIELDS) {
    if (!(field in raw)) continue
    if (!isStringList(raw[field]))
      return { ok: false, error: `${field} must be a list of strings.` }
    out[field] = raw[field]
  }
  for (const field of TEXT_FIELDS) {
    if (!(field in raw)) continue
    if (typeof raw[field] !== 'string') return { ok: false, error: `${field} must be a string.` }
    out[field] = raw[field]
  }
  for (const field of BOOLEAN_FIELDS) {
    if (!(field in raw)) continue
    if (typeof raw[field] !== 'boolean')
      return { ok: false, error: `${field} must be true or false.` }
    out[field] = raw[field]
  }

  return { ok: true, value: out as unknown as Config }
}
