/** Immediate feedback for quizzes: choosing an option says whether it is right, and why. */
export function initQuizzes(): void {
  for (const quiz of document.querySelectorAll<HTMLElement>('[data-quiz]')) {
    if (quiz.dataset.quizReady) continue;
    quiz.dataset.quizReady = 'true';
    const strings = quiz.querySelector<HTMLTemplateElement>('template[data-quiz-strings]');
    const correctText = strings?.dataset.correct ?? 'Correct.';
    const incorrectText = strings?.dataset.incorrect ?? 'Not quite.';
    quiz.addEventListener('change', (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
      const question = input.closest<HTMLElement>('[data-quiz-question]');
      const feedback = question?.querySelector<HTMLElement>('[data-quiz-feedback]');
      const explanation = question?.querySelector(`[data-option="${input.value}"] [data-explanation]`)?.textContent ?? '';
      if (!question || !feedback) return;
      const right = input.dataset.correct === 'true';
      feedback.dataset.result = right ? 'correct' : 'incorrect';
      feedback.textContent = `${right ? correctText : incorrectText} ${explanation}`;
    });
  }
}
