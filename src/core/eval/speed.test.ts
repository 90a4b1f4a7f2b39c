/**
 * A speed check, not a benchmark gate: it prints how long compiling a policy of about 10 KB and
 * evaluating 50 requests takes, so a slowdown is visible in the test log. Time is not asserted,
 * since it depends on the machine; the decisions are, so the loop cannot be optimised away.
 */
import { describe, expect, it } from 'vitest'

import { compilePolicy } from './compile'
import { evaluate } from './evaluate'
import type { EvalRequest } from './types'

const ACCOUNT = '111122223333'
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1']

/** One statement per region and application, each with a realistic set of conditions. */
function largePolicy(): object {
  const statements = REGIONS.flatMap((region) =>
    Array.from({ length: 6 }, (_, app) => ({
      Sid: `App${app}${region.replaceAll('-', '')}`,
      Effect: app === 5 ? 'Deny' : 'Allow',
      Action: ['ses:SendEmail', 'ses:SendRawEmail', `ses:SendBulk*`],
      Resource: [
        `arn:aws:ses:${region}:${ACCOUNT}:identity/app${app}.example.com`,
        `arn:aws:ses:${region}:${ACCOUNT}:configuration-set/app${app}-*`,
        `arn:aws:ses:${region}:${ACCOUNT}:identity/\${aws:username}@example.com`,
      ],
      Condition: {
        StringLike: { 'ses:FromAddress': [`*@app${app}.example.com`, 'noreply+*@example.com'] },
        'ForAllValues:StringLike': { 'ses:Recipients': ['*@example.com', '*@example.org'] },
        IpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '2001:db8::/32'] },
      },
    })),
  )
  return { Version: '2012-10-17', Statement: statements }
}

function requests(): EvalRequest[] {
  return Array.from({ length: 50 }, (_, i) => ({
    action: i % 2 === 0 ? 'ses:SendRawEmail' : 'ses:SendBulkEmail',
    resource: `arn:aws:ses:${REGIONS[i % 3]}:${ACCOUNT}:identity/app${i % 6}.example.com`,
    context: {
      'aws:username': `user${i}`,
      'ses:FromAddress': `noreply+${i}@example.com`,
      'ses:Recipients': [`r${i}@example.com`, `s${i}@example.org`],
      'aws:SourceIp': i % 4 === 0 ? '198.51.100.9' : '192.0.2.44',
    },
  }))
}

/**
 * Requests from outside the office range match no statement; app 5's statements are Denies;
 * every other request meets an Allow whose conditions all hold.
 */
function expectedDecision(i: number): string {
  if (i % 4 === 0) return 'ImplicitlyDenied'
  return i % 6 === 5 ? 'ExplicitlyDenied' : 'Allowed'
}

describe('evaluate', () => {
  it('returns decisions for 50 requests against a policy of about 10 KB', () => {
    const document = largePolicy()
    const batch = requests()

    const started = performance.now()
    const policy = compilePolicy(document)
    const compiled = performance.now()
    const decisions = batch.map((request) => evaluate(policy, request).decision)
    const finished = performance.now()

    const size = JSON.stringify(document).length
    // eslint-disable-next-line no-console -- printing the timing is what this check is for
    console.log(
      `policy ${size} bytes, ${policy.statements.length} statements: ` +
        `compile ${(compiled - started).toFixed(2)} ms, ` +
        `50 requests ${(finished - compiled).toFixed(2)} ms`,
    )
    expect(size).toBeGreaterThan(9000)
    expect(decisions).toEqual(batch.map((_, i) => expectedDecision(i)))
  })
})
