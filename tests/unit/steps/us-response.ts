/** What each step of the US response chapter's sequences draws. */
import type { SequenceExpectation } from './expect';

export const SEQUENCES: SequenceExpectation[] = [
  {
    id: 'release-mirror',
    steps: {
      'closed-flagships': {
        present: ['release-gpt-4', 'release-claude-4', 'release-gemini-1-ultra'],
        absent: ['release-llama-2', 'release-deepseek-v3'],
        classes: { 'release-gpt-4': /is-closed/, 'release-claude-3-opus': /is-closed/ },
        callout: 'GPT-4: closed',
      },
      'llama-exception': {
        present: ['release-llama-2', 'release-llama-3-1-405b', 'release-gemma'],
        absent: ['release-qwen-72b'],
        classes: { 'release-llama-3-1-405b': /is-open/ },
      },
      'china-open-wave': {
        present: ['release-qwen-72b', 'release-deepseek-v2', 'release-deepseek-v3', 'release-glm-4-plus'],
        absent: ['release-deepseek-r1'],
        classes: { 'release-deepseek-v3': /is-open/, 'release-glm-4-plus': /is-closed/ },
      },
      'deepseek-moment': {
        present: ['release-deepseek-r1', 'event-line-deepseek-moment-2025-01-27', 'event-label-deepseek-moment-2025-01-27'],
        absent: ['event-line-altman-wrong-side-of-history-2025-01-31'],
        // "DeepSeek-R1"; on a phone "R1", beside the row labelled DeepSeek.
        texts: { 'release-label-deepseek-r1': 'R1' },
      },
      'wrong-side': {
        present: ['event-line-altman-wrong-side-of-history-2025-01-31', 'event-label-altman-wrong-side-of-history-2025-01-31'],
        absent: ['release-qwen3'],
        callout: 'wrong side of history',
      },
      'china-2025': {
        present: ['release-qwen3', 'release-kimi-k2', 'release-glm-4.5', 'release-ernie-4.5', 'event-line-baidu-open-source-reversal-2025-02-14'],
        absent: ['release-gpt-oss', 'event-line-ai-action-plan-2025-07-23'],
        classes: { 'release-ernie-4.5-launch': /is-closed/, 'release-ernie-4.5': /is-open/ },
      },
      'us-turn': {
        present: ['release-gpt-oss', 'release-gemma-3', 'release-llama-4', 'event-line-ai-action-plan-2025-07-23'],
        classes: { 'release-gpt-oss': /is-open/ },
        callout: 'open weights, Apache 2.0',
        texts: { 'event-label-ai-action-plan-2025-07-23': 'AI Action Plan' },
        // The first story's axis: no row yet for Nvidia or Ai2, whose releases come later.
        absent: ['lab-NVIDIA', 'lab-Ai2', 'release-muse-spark'],
      },
      // The axis zooms in on mid-2025 to 2026: Meta's flagship turns closed.
      'meta-goes-closed': {
        present: ['release-muse-spark', 'release-gpt-5', 'release-gpt-5-4', 'event-line-meta-avocado-report-2025-12-10', 'lab-NVIDIA', 'lab-Ai2'],
        absent: ['release-gpt-4', 'release-llama-4', 'release-muse-glimmer', 'release-nemotron-3-ultra'],
        // China's giants kept their own flagships closed in the same window.
        classes: { 'release-muse-spark': /is-closed/, 'release-gemini-3-pro': /is-highlighted/, 'release-deepseek-v4': /is-muted/, 'release-qwen3-max': /is-closed/, 'release-ernie-5.0': /is-closed/ },
        callout: 'Muse Spark: closed',
      },
      'new-open-makers': {
        present: ['release-olmo-3', 'release-nemotron-3-nano', 'release-nemotron-3-ultra', 'release-gemma-4', 'release-muse-glimmer', 'release-gpt-oss-safeguard', 'event-line-nsf-nvidia-omai-2025-08-14'],
        classes: { 'release-nemotron-3-ultra': /is-open/, 'release-gemma-4': /is-highlighted/, 'release-muse-spark': /is-muted/ },
        callout: 'Nemotron 3 Ultra: open weights',
        texts: { 'release-label-olmo-3': 'OLMo 3' },
      },
      'bigger-in-china': {
        present: ['release-deepseek-v4', 'release-qwen3-5', 'release-label-deepseek-v4'],
        classes: { 'release-deepseek-v4': /is-highlighted/, 'release-olmo-3': /is-muted/ },
        callout: 'DeepSeek-V4 (preview): open weights, MIT',
      },
    },
  },
  {
    id: 'barriers',
    steps: {
      'misuse-risks': {
        present: ['barrier-ntia-open-weights-report-2024-07-30', 'barrier-cisco-deepseek-jailbreak-2025-02'],
        // The House committee's report belongs to the next step, with the text that tells it.
        absent: ['barrier-texas-deepseek-ban-2025-01-31', 'barrier-house-select-committee-deepseek-2025-04-16'],
        // Cisco's post carries its day (31 January 2025), so its dot is drawn as a dated one.
        notClasses: { 'barrier-cisco-deepseek-jailbreak-2025-02': /is-month-only/ },
      },
      'data-and-values': {
        present: ['barrier-house-select-committee-deepseek-2025-04-16', 'barrier-ai-action-plan-2025-07-23', 'barrier-label-ai-action-plan-2025-07-23'],
        classes: { 'barrier-ai-action-plan-2025-07-23': /is-highlighted/, 'barrier-ntia-open-weights-report-2024-07-30': /is-muted/ },
        texts: { 'barrier-label-ai-action-plan-2025-07-23': /Action Plan/ },
      },
      bans: {
        present: ['barrier-italy-garante-deepseek-2025-01-30', 'barrier-iowa-deepseek-ban-2025-02-19', 'barrier-label-texas-deepseek-ban-2025-01-31'],
        absent: ['barrier-ntia-open-weights-report-2024-07-30'],
        // The axis now counts weeks: a tick on Monday 27 January 2025 (keyed by its timestamp).
        texts: { 'barrier-label-italy-garante-deepseek-2025-01-30': 'Italy', 'callout-0': '30 Jan 2025', [`time-label-${Date.UTC(2025, 0, 27)}`]: '27 Jan' },
      },
      'eu-rules': {
        present: ['barrier-eu-ai-act-in-force-2024-08-01', 'barrier-eu-ai-act-gpai-obligations-2025-08-02', 'barrier-ntia-open-weights-report-2024-07-30'],
        absent: ['barrier-athene-v2-best-us-open-2024-12-23', 'barrier-label-texas-deepseek-ban-2025-01-31'],
        classes: { 'barrier-eu-ai-act-in-force-2024-08-01': /is-highlighted/, 'barrier-texas-deepseek-ban-2025-01-31': /is-muted/ },
      },
      'built-on-chinese': {
        present: ['barrier-athene-v2-best-us-open-2024-12-23', 'barrier-s1-on-qwen-2025-01-31', 'barrier-casado-chinese-open-models-2025-08', 'barrier-label-athene-v2-best-us-open-2024-12-23'],
        callout: 'built on Alibaba',
        // Casado's estimate is known to the month only: its dot says so.
        classes: { 'barrier-casado-chinese-open-models-2025-08': /is-month-only/ },
      },
      tensions: {
        present: ['barrier-label-hawley-ai-decoupling-bill-2025-01-29', 'barrier-label-casado-chinese-open-models-2025-08'],
        absent: ['barrier-label-athene-v2-best-us-open-2024-12-23', 'barrier-caisi-deepseek-evaluation-2025-09-30'],
        classes: { 'barrier-hawley-ai-decoupling-bill-2025-01-29': /is-highlighted/ },
      },
      // From here the axis runs to autumn 2026.
      'official-tests': {
        present: ['barrier-caisi-deepseek-evaluation-2025-09-30', 'barrier-label-caisi-deepseek-evaluation-2025-09-30'],
        absent: ['barrier-caisi-deepseek-v4-evaluation-2026-05-01'],
        classes: { 'barrier-caisi-deepseek-evaluation-2025-09-30': /is-highlighted/, 'barrier-cisco-deepseek-jailbreak-2025-02': /is-muted/ },
        callout: 'evaluation of DeepSeek',
      },
      'tests-and-bans': {
        present: ['barrier-caisi-deepseek-v4-evaluation-2026-05-01', 'barrier-deepseek-state-bans-2025-11-09'],
        classes: { 'barrier-deepseek-state-bans-2025-11-09': /is-highlighted/ },
        callout: 'DeepSeek V4 Pro',
      },
      'distillation-claims': {
        present: ['barrier-anthropic-distillation-claims-2026-02-23'],
        absent: ['barrier-ostp-distillation-memo-2026-04-23'],
        classes: { 'barrier-anthropic-distillation-claims-2026-02-23': /is-highlighted/ },
        callout: 'Anthropic accuses DeepSeek',
      },
      'distillation-memo': {
        present: ['barrier-ostp-distillation-memo-2026-04-23', 'barrier-hfac-model-theft-bill-2026-04-22', 'barrier-label-ostp-distillation-memo-2026-04-23'],
        classes: { 'barrier-hfac-model-theft-bill-2026-04-22': /is-highlighted/, 'barrier-anthropic-distillation-claims-2026-02-23': /is-muted/ },
        callout: 'adversarial distillation',
      },
      'built-on-2026': {
        present: ['barrier-meta-avocado-report-2025-12-10', 'barrier-hf-us-models-on-chinese-bases-2026-08'],
        // Hugging Face's report gives no day: its dot says so.
        classes: { 'barrier-hf-us-models-on-chinese-bases-2026-08': /is-month-only/, 'barrier-meta-avocado-report-2025-12-10': /is-highlighted/ },
        callout: 'Avocado',
      },
      'eu-2026': {
        present: ['barrier-eu-omnibus-agreement-2026-05-07', 'barrier-eu-gpai-enforcement-2026-08-02', 'barrier-label-eu-gpai-enforcement-2026-08-02'],
        classes: { 'barrier-eu-digital-omnibus-proposal-2025-11-19': /is-highlighted/, 'barrier-ostp-distillation-memo-2026-04-23': /is-muted/ },
        callout: 'general-purpose models',
      },
    },
  },
];
