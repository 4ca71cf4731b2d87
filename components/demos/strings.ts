/**
 * Strings shared by several topics' views (the digit picker), in both languages.
 * Chinese follows the slides' wording; English is a faithful translation.
 */
const zh = {
  digits: {
    input: '输入', testDigit: '测试集数字', myDrawing: '我自己画的', digitIndex: '测试数字编号',
    prevDigit: '上一个数字', nextDigit: '下一个数字', random: '随机', digitParam: '数字编号',
    drawHere: '在这里用鼠标或手指写一个数字', drawHint: '写一个 0–9 的数字。它会像 MNIST 一样被缩放到 20×20 并按质心居中。',
    clear: '清除', drawFirst: '画板是空的：请先写一个数字。',
  },
};

const en: typeof zh = {
  digits: {
    input: 'Input', testDigit: 'test digit', myDrawing: 'my drawing', digitIndex: 'test digit number',
    prevDigit: 'previous digit', nextDigit: 'next digit', random: 'Random', digitParam: 'digit number',
    drawHere: 'Draw a digit here with a mouse or a finger', drawHint: 'Draw a digit 0–9. Like MNIST, it is scaled into 20×20 pixels and centred by its centre of mass.',
    clear: 'Clear', drawFirst: 'The drawing pad is empty: draw a digit first.',
  },
};

export const STRINGS = { zh, en };
export type Strings = typeof zh;
