/**
 * The English dictionary: every word the site draws or reads out, the charts' included, under one
 * set of keys (a second language is a second folder with the same keys; tests/unit/dictionary.test.ts).
 * Chart keys start with the chart's name, so each chart's words sit in a file of their own.
 */
import site from './site';
import values from './values';
import arenaStandings from './charts/arenaStandings';
import barrierTimeline from './charts/barrierTimeline';
import benchmarkGapDumbbell from './charts/benchmarkGapDumbbell';
import chipThresholdScatter from './charts/chipThresholdScatter';
import closingGaps from './charts/closingGaps';
import derivativeCounts from './charts/derivativeCounts';
import exportRuleTimeline from './charts/exportRuleTimeline';
import modelFamilyStrips from './charts/modelFamilyStrips';
import openModelsByCountry from './charts/openModelsByCountry';
import policyTimelineLanes from './charts/policyTimelineLanes';
import releaseMirrorTimeline from './charts/releaseMirrorTimeline';
import shared from './charts/shared';
import talentDumbbell from './charts/talentDumbbell';
import talentParity from './charts/talentParity';
import talentPipeline from './charts/talentPipeline';
import talentSankey from './charts/talentSankey';
import trainingComputeDots from './charts/trainingComputeDots';

export const en = {
  ...site,
  ...values,
  ...arenaStandings,
  ...barrierTimeline,
  ...benchmarkGapDumbbell,
  ...chipThresholdScatter,
  ...closingGaps,
  ...derivativeCounts,
  ...exportRuleTimeline,
  ...modelFamilyStrips,
  ...openModelsByCountry,
  ...policyTimelineLanes,
  ...releaseMirrorTimeline,
  ...shared,
  ...talentDumbbell,
  ...talentParity,
  ...talentPipeline,
  ...talentSankey,
  ...trainingComputeDots,
} as const;
