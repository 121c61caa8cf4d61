import { z } from '@hono/zod-openapi';
import { BudgetEntry } from '../budgets/schema.ts';
import { DecisionSummary } from './schema.ts';

/** The case overview's fields of decisions and budget; null when not shared with you. */
export const decisionsOverviewFields = {
  decisions: z.array(DecisionSummary).nullable()
    .openapi({ description: 'Verzoeken om een besluit en besluiten, nieuwste eerst; null als perspectief en doorbraak niet met u zijn gedeeld' }),
  budgetEntries: z.array(BudgetEntry).nullable()
    .openapi({ description: 'Boekingen uit het maatwerkbudget (vastgelegd, betaald, vrijgegeven); null voor ketenpartners en voor een beslisser buiten het team' }),
};
