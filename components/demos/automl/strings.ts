/**
 * The automl views' strings, in both languages: beside the views that use them, loaded with them.
 * Chinese follows the slides' wording; English is a faithful translation.
 */
const zh = {
  nasController: {
    steps: '训练步数 {steps}', lr: '学习率',
    chart: '测试准确率随训练步数的变化', xLabel: '训练步数', yLabel: '测试准确率', series: 'softmax 回归',
    result: '{steps} 步之后，测试准确率为 {acc}%（{n} 个留出的数字）。',
    notRun: '点击“运行”开始训练。',
  },
};

const en: typeof zh = {
  nasController: {
    steps: 'Training steps {steps}', lr: 'Learning rate',
    chart: 'Test accuracy against training steps', xLabel: 'training steps', yLabel: 'test accuracy', series: 'softmax regression',
    result: 'After {steps} steps the test accuracy is {acc}% ({n} held-out digits).',
    notRun: 'Press Run to train.',
  },
};

export const STRINGS = { zh, en };
export type Strings = typeof zh;
