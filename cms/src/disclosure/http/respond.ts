import { TransitionRefused } from '../workflow/transition-errors';

/** The part of Koa's context an answer writes. */
export interface AnswerContext {
  status: number;
  body: unknown;
}

/** Data answered with its list metadata beside it (`{ data, meta }`), e.g. a page of a series. */
export class WithMeta<T = unknown> {
  constructor(
    readonly data: T,
    readonly meta: Record<string, unknown>,
  ) {}
}

/**
 * The one responder of the disclosure routes: 200 with `{ data }` (`{ data, meta }` for a
 * {@link WithMeta}), or a {@link TransitionRefused} in the shape of Strapi's error bodies
 * (`{ data: null, error: { status, name, message, details: { code, … } } }`) with its status.
 * Anything else is not a refusal but a fault: it goes on to Strapi's error middleware, which
 * answers 500 without internals.
 */
export async function answer(ctx: AnswerContext, work: () => Promise<unknown>): Promise<void> {
  try {
    const result = await work();
    ctx.body = result instanceof WithMeta ? { data: result.data, meta: result.meta } : { data: result };
    ctx.status = 200;
  } catch (error) {
    if (!(error instanceof TransitionRefused)) throw error;
    ctx.status = error.status;
    ctx.body = error.toBody();
  }
}
