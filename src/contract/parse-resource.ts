/**
 * Checks an API body against its contract, stopping at the first problem: a wrong
 * 30 MB array must fail in milliseconds with one clear message, not collect millions
 * of issues (a full safeParse of 50 MB of wrong objects ran out of a 4 GB heap).
 */
import * as z from 'zod/mini'
import { resourceSchemas, type ResourceData, type ResourceName } from './resource-schemas'
import { runInSlices } from './run-in-slices'

export type ContractCheck<T> = { success: true; data: T } | { success: false; path: PropertyKey[]; message: string }

/**
 * zod's own early stop (what `schema.validate` uses) also inside one item, so a single huge
 * wrong item cannot collect millions of issues either. zod marks this context internal;
 * the per-item loop below stops at the first bad item whatever zod does with it.
 */
const STOP_AT_FIRST_ISSUE: z.core.ParseContextInternal<z.core.$ZodIssue> = { abortEarly: true }

/** The check itself, pausing (yield) after every list item so a caller may let the page run between items. */
function* checkResource<R extends ResourceName>(resource: R, body: unknown): Generator<void, ContractCheck<ResourceData<R>>> {
  const schema: z.ZodMiniType = resourceSchemas[resource]
  if (schema instanceof z.ZodMiniArray && Array.isArray(body)) {
    const element = schema.def.element as z.ZodMiniType
    const items: unknown[] = []
    for (let i = 0; i < body.length; i++) {
      const parsed = element.safeParse(body[i], STOP_AT_FIRST_ISSUE)
      if (!parsed.success) return firstProblem(parsed.error, [i])
      items.push(parsed.data)
      yield
    }
    return { success: true, data: items as ResourceData<R> }
  }
  const parsed = schema.safeParse(body, STOP_AT_FIRST_ISSUE)
  return parsed.success ? { success: true, data: parsed.data as ResourceData<R> } : firstProblem(parsed.error, [])
}

export function parseResource<R extends ResourceName>(resource: R, body: unknown): ContractCheck<ResourceData<R>> {
  const check = checkResource(resource, body)
  for (;;) {
    const step = check.next()
    if (step.done) return step.value
  }
}

/** Items checked in one piece of a slice: a few dozen take about a millisecond, and each piece costs a promise. */
const ITEMS_PER_PIECE = 25

/**
 * parseResource for the browser: the same checks and the same first problem, but checked in slices
 * of about 5 ms (across all files being checked) with a task between them, so checking never blocks
 * the page for longer (a prerendered page is on screen, and scrolled, while its data is checked).
 * A request cancelled meanwhile (`signal`) stops the check at its next piece.
 */
export function parseResourceInSlices<R extends ResourceName>(resource: R, body: unknown, signal?: AbortSignal): Promise<ContractCheck<ResourceData<R>>> {
  return runInSlices(checkResource(resource, body), ITEMS_PER_PIECE, signal)
}

function firstProblem(error: z.core.$ZodError, prefix: PropertyKey[]): ContractCheck<never> {
  const first = error.issues[0]
  return { success: false, path: [...prefix, ...(first?.path ?? [])], message: first?.message ?? 'invalid' }
}
