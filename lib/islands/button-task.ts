/**
 * A button that starts one task and says how it went in a status line: disabled while it runs, a sentence
 * while it works and one when it is done. `run` returns the closing sentence; one that throws gets `failed`.
 */
export function onButtonTask(button: HTMLButtonElement, status: HTMLElement, texts: { working: string; failed: string }, run: () => Promise<string>): void {
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = texts.working;
    void run()
      .catch(() => texts.failed)
      .then((sentence) => {
        status.textContent = sentence;
        button.disabled = false;
      });
  });
}
