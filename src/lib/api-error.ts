/**
 * The one error the API's readers end with: its kind says what failed, in terms the page can explain
 * (describeError in api-client.ts). Free of the page (no DOM, no settings), for the data's worker too.
 */
/** `changed`: the API was replaced (a deploy) since the page read meta.json, so its lists no longer fit together (list-query.ts). */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'too-large' | 'invalid-data' | 'changed'

export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    readonly kind: ApiErrorKind,
    readonly url: string,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message)
  }

  /**
   * Worth trying again by itself: a network error or a server error may pass. A timeout is
   * not: a silent or trickling server already had its limits, and three more tries would keep a
   * person waiting minutes. Nor are a 4xx, a body too large or bad data: they do not change on retry.
   */
  get isTransient(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500)
  }
}
