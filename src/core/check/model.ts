/**
 * The statements of a parsed policy in a form the checks can share: each element's nodes and
 * paths, with the string values of Action, Resource and Condition lifted out. Building it never
 * fails; elements of the wrong shape are left out here and reported by the grammar check.
 */
import { childPath, properties, type Node } from './parse'

export interface Member {
  readonly key: string
  readonly keyNode: Node
  readonly value: Node
  readonly prop: Node
  readonly path: string
}

/** One string in a string-or-list element, with where it is. */
export interface StringItem {
  readonly value: string
  readonly node: Node
  readonly path: string
}

export interface ConditionEntry {
  readonly operator: string
  readonly operatorNode: Node
  readonly key: string
  readonly keyNode: Node
  readonly path: string
  readonly valueNode: Node
  /** Scalar values as text, e.g. `true` for a JSON boolean. */
  readonly values: readonly StringItem[]
}

export interface StatementModel {
  readonly node: Node
  readonly path: string
  readonly members: ReadonlyMap<string, Member>
  /**
   * The Effect as meant: `"allow"` reads as Allow here, so the other checks judge what the
   * author intended while the grammar check reports the spelling.
   */
  readonly effect: 'Allow' | 'Deny' | undefined
  readonly actionElement: 'Action' | 'NotAction' | undefined
  readonly actions: readonly StringItem[]
  readonly resourceElement: 'Resource' | 'NotResource' | undefined
  readonly resources: readonly StringItem[]
  readonly conditions: readonly ConditionEntry[]
}

export interface PolicyModel {
  readonly members: ReadonlyMap<string, Member>
  /** The Statement value's node, when present. */
  readonly statementNode: Node | undefined
  readonly statements: readonly StatementModel[]
}

/** Reads the members of an object node, keeping the first of duplicate keys (reported apart). */
export function membersOf(node: Node, path: string): Map<string, Member> {
  const members = new Map<string, Member>()
  for (const { key, keyNode, value, prop } of properties(node)) {
    if (!members.has(key))
      members.set(key, { key, keyNode, value, prop, path: childPath(path, key) })
  }
  return members
}

/** Builds the shared model from the root node of a parsed policy. */
export function buildModel(root: Node | undefined): PolicyModel {
  if (root?.type !== 'object') {
    return { members: new Map(), statementNode: undefined, statements: [] }
  }
  const members = membersOf(root, '')
  const statement = members.get('Statement')
  const statements: StatementModel[] = []
  if (statement?.value.type === 'object') {
    statements.push(readStatement(statement.value, 'Statement'))
  }
  if (statement?.value.type === 'array') {
    statement.value.children?.forEach((child, index) => {
      if (child.type === 'object') statements.push(readStatement(child, `Statement[${index}]`))
    })
  }
  return { members, statementNode: statement?.value, statements }
}

function readStatement(node: Node, path: string): StatementModel {
  const members = membersOf(node, path)
  const effect = members.get('Effect')?.value
  const action = members.get('Action') ?? members.get('NotAction')
  const resource = members.get('Resource') ?? members.get('NotResource')
  const condition = members.get('Condition')
  return {
    node,
    path,
    members,
    effect: effect?.type === 'string' ? readEffect(String(effect.value)) : undefined,
    actionElement: action && (action.key as 'Action' | 'NotAction'),
    actions: action ? stringItems(action.value, action.path) : [],
    resourceElement: resource && (resource.key as 'Resource' | 'NotResource'),
    resources: resource ? stringItems(resource.value, resource.path) : [],
    conditions: condition ? readConditions(condition.value, condition.path) : [],
  }
}

function readEffect(value: string): 'Allow' | 'Deny' | undefined {
  const word = value.trim().toLowerCase()
  return word === 'allow' ? 'Allow' : word === 'deny' ? 'Deny' : undefined
}

/** The strings of a string-or-list element; other values are skipped (grammar reports them). */
export function stringItems(node: Node, path: string): StringItem[] {
  if (node.type === 'string') return [{ value: String(node.value), node, path }]
  if (node.type !== 'array') return []
  const items: StringItem[] = []
  node.children?.forEach((child, index) => {
    if (child.type === 'string')
      items.push({ value: String(child.value), node: child, path: `${path}[${index}]` })
  })
  return items
}

function scalarItems(node: Node, path: string): StringItem[] {
  const scalar = (n: Node) => n.type === 'string' || n.type === 'number' || n.type === 'boolean'
  if (scalar(node)) return [{ value: String(node.value), node, path }]
  if (node.type !== 'array') return []
  const items: StringItem[] = []
  node.children?.forEach((child, index) => {
    if (scalar(child))
      items.push({ value: String(child.value), node: child, path: `${path}[${index}]` })
  })
  return items
}

function readConditions(node: Node, path: string): ConditionEntry[] {
  if (node.type !== 'object') return []
  const entries: ConditionEntry[] = []
  for (const block of membersOf(node, path).values()) {
    if (block.value.type !== 'object') continue
    for (const entry of membersOf(block.value, block.path).values()) {
      entries.push({
        operator: block.key,
        operatorNode: block.keyNode,
        key: entry.key,
        keyNode: entry.keyNode,
        path: entry.path,
        valueNode: entry.value,
        values: scalarItems(entry.value, entry.path),
      })
    }
  }
  return entries
}
