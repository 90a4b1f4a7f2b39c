/**
 * Fixes that narrow a broad grant (`ses:*`, `*`, `Resource: "*"`) to exactly what the configured
 * app requests. Attached to the linter's security findings, so the user gets one finding with a
 * one-click fix rather than two findings about the same text.
 */
import type { StatementModel, StringItem } from '../check/model'
import type { Detection, TextEdit } from '../check/types'
import type { AppRequest } from '../derive/types'
import { globMatches } from '../iam/glob'

const ACTION_CODES = new Set(['ALLOW_ALL_ACTIONS', 'ALLOW_SERVICE_WILDCARD'])
const RESOURCE_CODES = new Set(['ALLOW_RESOURCE_STAR'])

/** Edits replacing the broad entry a security finding points at, or undefined. */
export function narrowingEdits(
  detection: Detection,
  statements: readonly StatementModel[],
  requests: readonly AppRequest[],
): TextEdit[] | undefined {
  const isAction = ACTION_CODES.has(detection.code)
  if (!isAction && !RESOURCE_CODES.has(detection.code)) return undefined

  for (const statement of statements) {
    const list = isAction ? statement.actions : statement.resources
    const item = list.find((entry) => entry.path === detection.path)
    if (!item) continue
    const values = isAction
      ? neededActions(statement, item, requests)
      : neededResources(statement, requests)
    return values.length ? [replaceItem(item, values)] : undefined
  }
  return undefined
}

function neededActions(
  statement: StatementModel,
  item: StringItem,
  requests: readonly AppRequest[],
): string[] {
  const scoped = statement.resourceElement === 'Resource'
  const actions = requests
    .filter((r) => globMatches(item.value, r.action, true))
    .filter((r) => !scoped || statement.resources.some((res) => globMatches(res.value, r.resource)))
    .map((r) => r.action)
  return [...new Set(actions)].sort()
}

function neededResources(statement: StatementModel, requests: readonly AppRequest[]): string[] {
  if (statement.actionElement !== 'Action') return []
  const resources = requests
    .filter((r) => statement.actions.some((a) => globMatches(a.value, r.action, true)))
    .map((r) => r.resource)
  return [...new Set(resources)].sort()
}

/** Replaces one entry with several: inline inside a list, as a list where it stood alone. */
function replaceItem(item: StringItem, values: readonly string[]): TextEdit {
  const quoted = values.map((v) => JSON.stringify(v))
  const inList = item.node.parent?.type === 'array'
  const text = inList || quoted.length === 1 ? quoted.join(', ') : `[${quoted.join(', ')}]`
  return { offset: item.node.offset, length: item.node.length, text }
}
