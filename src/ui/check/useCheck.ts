/**
 * The check result for the pasted text. Small policies (every real one) are checked on the main
 * thread in a few milliseconds; a large paste goes to a worker, and until its answer for exactly
 * this text arrives there is no result, so findings never point into text they were not made for.
 */
import { useEffect, useMemo, useState } from 'react'
import { checkPolicy } from '../../core'
import type { CheckResult, Config } from '../../core'

/** Above this many characters the check runs in a worker (a 1 MB policy takes over a second). */
export const WORKER_THRESHOLD = 100_000

export interface CheckRequest {
  readonly id: number
  readonly text: string
  readonly config: Config
}

export interface CheckResponse {
  readonly id: number
  readonly result: CheckResult
}

let worker: Worker | undefined
let nextId = 0

function checkWorker(): Worker {
  worker ??= new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' })
  return worker
}

interface Answer {
  readonly text: string
  readonly config: Config
  readonly result: CheckResult
}

/** The result for (text, config), or undefined while it is being computed or the text is empty. */
export function useCheck(text: string, config: Config): CheckResult | undefined {
  const large = text.length > WORKER_THRESHOLD
  const small = useMemo(
    () => (large || text.trim() === '' ? undefined : checkPolicy(text, config)),
    [large, text, config],
  )
  const [answer, setAnswer] = useState<Answer | undefined>(undefined)

  useEffect(() => {
    if (!large) return undefined
    const id = ++nextId
    const target = checkWorker()
    const onMessage = (event: MessageEvent<CheckResponse>) => {
      if (event.data.id === id) setAnswer({ text, config, result: event.data.result })
    }
    target.addEventListener('message', onMessage)
    target.postMessage({ id, text, config } satisfies CheckRequest)
    return () => target.removeEventListener('message', onMessage)
  }, [large, text, config])

  if (!large) return small
  return answer?.text === text && answer.config === config ? answer.result : undefined
}
