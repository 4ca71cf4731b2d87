/**
 * Every UI string of the site, in both languages. Chinese follows the slides' wording; English is
 * a faithful translation. Prose lives in content/<lang>/*.mdx, not here.
 */
import type { Lang, Part } from './lectures';

const zh = {
  siteTitle: '深度学习前沿',
  courseName: '人工神经网络（深度学习）2',
  university: '中山大学',
  langName: '中文',
  otherLang: 'English',
  switchLang: '切换到英文',
  skipToContent: '跳到正文',
  menu: '目录',
  lectures: '讲次',
  onThisPage: '本页内容',
  prev: '上一讲',
  next: '下一讲',
  home: '课程首页',
  comingSoon: '即将上线',
  ready: '已上线',
  liveDemos: '个实时演示',
  parts: { recap: 'Recap：回顾', where: 'Where：追研究前沿', whoops: 'Whoops：探未解之谜', while: 'While：评大众观点' } satisfies Record<Part, string>,
  overviewTitle: '深度学习概览',
  overviewIntro: '这门课沿着六个 W 展开：前三个是“人工神经网络（深度学习）1”的内容，本课程讲后三个——研究前沿、未解之谜与大众观点。每一讲都配有在你自己电脑上（GPU 优先）实时训练和运行的神经网络演示。',
  sixWs: [
    ['What', '揭神秘面纱'], ['Wow', '赏群模乱舞'], ['Why', '寻万能之源'],
    ['Where', '追研究前沿'], ['Whoops', '探未解之谜'], ['While', '评大众观点'],
  ] as [string, string][],
  chooseLanguage: '请选择语言',
  // demo frame
  demo: {
    run: '运行', stop: '停止', reset: '重置', retry: '重试',
    loading: '正在加载模型与计算后端…', waiting: '滚动到这里时加载', running: '运行中…', done: '完成', stopped: '已停止',
    backend: '计算后端', switchBackend: '切换计算后端', auto: '自动',
    noJs: '这个实时演示需要 JavaScript。正文与公式无需 JavaScript 即可阅读。',
    errors: {
      loadFailed: '无法下载训练好的模型或数据（{detail}）。请检查网络后重试。',
      noBackend: '此浏览器没有可用的计算后端：{detail}。请换一个后端或浏览器再试。',
      contextLost: 'WebGL 上下文丢失了（显卡被重置或占用）。可以在另一个后端上重试。',
      generic: '演示出错了：{detail}',
    },
    notices: {
      badBackend: '链接中的后端“{value}”无法识别，已自动选择。',
      badSeed: '链接中的随机种子“{value}”不是 0 到 4294967295 之间的整数，已使用默认值 {seed}。',
      badHash: '链接中 # 之后的参数无法解析，已使用默认设置。',
      outOfRange: '链接中的 {name} = {value} 超出范围 [{min}, {max}]，已使用 {used}。',
      badNumber: '链接中的 {name} = “{value}” 不是数字，已使用默认值 {dflt}。',
      badChoice: '链接中的 {name} = “{value}” 不是可选的值（{choices}），已使用默认值 {dflt}。',
    },
    fellBack: '已跳过：{detail}',
  },
  present: {
    open: '演示模式', openHint: '把本讲变成幻灯片（课堂投影用）',
    slide: '幻灯片', slideOf: '第 {n} / {total} 页', title: '标题页',
    prev: '上一页', next: '下一页', first: '第一页', last: '最后一页',
    overview: '全部幻灯片', closeOverview: '关闭总览', fullscreen: '全屏', print: '打印讲义',
    presenter: '演讲者视图', openPresenter: '打开演讲者窗口',
    current: '当前', upNext: '下一页', notes: '演讲备注', noNotes: '这一页没有备注。', end: '（最后一页）',
    timer: '已用时间', pauseTimer: '暂停计时', resumeTimer: '继续计时', resetTimer: '计时归零',
    reading: '返回阅读视图', cont: '（续）', demoSlide: '实时演示',
    keys: '键盘：← → 空格 PageUp/PageDown 翻页，Home/End 首末页，数字+回车跳页，O 总览，F 全屏，P 演讲者窗口。',
    jumpTo: '跳到第 {n} 页', badSlide: '链接中的页码“{value}”无效（本讲共 {total} 页），已打开第 {n} 页。',
    noChannel: '此浏览器不支持 BroadcastChannel：演讲者窗口无法与投影窗口同步。',
    remote: '遥控：演示在投影窗口中运行', remoteState: '投影窗口中的状态：{state}', remoteWaiting: '投影窗口尚未打开这一页的演示。',
    paused: '已暂停（离开了这一页）',
    stateNames: { idle: '空闲', loading: '加载中', running: '运行中', done: '完成', error: '出错' } as Record<string, string>,
    still: '实时演示“{title}”：在课程网站上运行。',
  },
  figure: '图',
  question: '问题',
  showAnswer: '显示答案',
  hideAnswer: '隐藏答案',
  paper: '论文',
  noscriptHome: '请选择语言：',
  // few-shot-learning lecture: one section per demo (components/demos/fewshot/*)
};

type Dict = typeof zh;

const en: Dict = {
  siteTitle: 'Frontiers of Deep Learning',
  courseName: 'Artificial Neural Networks (Deep Learning) 2',
  university: 'Sun Yat-sen University',
  langName: 'English',
  otherLang: '中文',
  switchLang: 'Switch to Chinese',
  skipToContent: 'Skip to content',
  menu: 'Contents',
  lectures: 'Lectures',
  onThisPage: 'On this page',
  prev: 'Previous',
  next: 'Next',
  home: 'Course home',
  comingSoon: 'coming soon',
  ready: 'ready',
  liveDemos: 'live demos',
  parts: { recap: 'Recap', where: 'Where: the research frontier', whoops: 'Whoops: open mysteries', while: 'While: weighing popular views' },
  overviewTitle: 'Deep learning at a glance',
  overviewIntro: 'The course follows six W’s. The first three belong to “Artificial Neural Networks (Deep Learning) 1”; this course covers the last three — the research frontier, the open mysteries, and popular views. Every lecture comes with neural-network demos that train and run live on your own computer (on its GPU when it has one).',
  sixWs: [
    ['What', 'lifting the veil'], ['Wow', 'a parade of models'], ['Why', 'the source of its power'],
    ['Where', 'chasing the research frontier'], ['Whoops', 'exploring open mysteries'], ['While', 'weighing popular views'],
  ],
  chooseLanguage: 'Choose a language',
  demo: {
    run: 'Run', stop: 'Stop', reset: 'Reset', retry: 'Retry',
    loading: 'Loading the model and compute backend…', waiting: 'Loads when you scroll here', running: 'Running…', done: 'Done', stopped: 'Stopped',
    backend: 'Backend', switchBackend: 'Switch compute backend', auto: 'auto',
    noJs: 'This live demo needs JavaScript. The text and formulas read fine without it.',
    errors: {
      loadFailed: 'Could not download the trained model or data ({detail}). Check your connection and retry.',
      noBackend: 'No compute backend works in this browser: {detail}. Try another backend or browser.',
      contextLost: 'The WebGL context was lost (the GPU was reset or is busy). You can retry on another backend.',
      generic: 'The demo hit a problem: {detail}',
    },
    notices: {
      badBackend: 'The link’s backend “{value}” is not one we know; choosing automatically.',
      badSeed: 'The link’s seed “{value}” is not a whole number from 0 to 4294967295; using the default {seed}.',
      badHash: 'The settings after # in the link could not be read; using the defaults.',
      outOfRange: 'The link’s {name} = {value} is outside [{min}, {max}]; using {used}.',
      badNumber: 'The link’s {name} = “{value}” is not a number; using the default {dflt}.',
      badChoice: 'The link’s {name} = “{value}” is not one of the choices ({choices}); using the default {dflt}.',
    },
    fellBack: 'Passed over: {detail}',
  },
  present: {
    open: 'Present', openHint: 'Turn this lecture into slides (for projecting in class)',
    slide: 'Slide', slideOf: 'Slide {n} of {total}', title: 'Title',
    prev: 'Previous slide', next: 'Next slide', first: 'First slide', last: 'Last slide',
    overview: 'All slides', closeOverview: 'Close overview', fullscreen: 'Full screen', print: 'Print handouts',
    presenter: 'Presenter view', openPresenter: 'Open presenter window',
    current: 'Current', upNext: 'Up next', notes: 'Speaker notes', noNotes: 'No notes for this slide.', end: '(last slide)',
    timer: 'Elapsed', pauseTimer: 'Pause timer', resumeTimer: 'Resume timer', resetTimer: 'Reset timer',
    reading: 'Back to reading view', cont: '(cont.)', demoSlide: 'Live demo',
    keys: 'Keys: ← → Space PageUp/PageDown to move, Home/End, a number then Enter to jump, O overview, F full screen, P presenter window.',
    jumpTo: 'Go to slide {n}', badSlide: 'The link’s slide “{value}” is not valid (this lecture has {total} slides); showing slide {n}.',
    noChannel: 'This browser has no BroadcastChannel: the presenter window cannot stay in step with the audience window.',
    remote: 'Remote: the demo runs in the audience window', remoteState: 'In the audience window: {state}', remoteWaiting: 'The audience window has not opened this demo yet.',
    paused: 'Paused (its slide was left)',
    stateNames: { idle: 'idle', loading: 'loading', running: 'running', done: 'done', error: 'error' } as Record<string, string>,
    still: 'Live demo “{title}”: run it on the course site.',
  },
  figure: 'Figure',
  question: 'Question',
  showAnswer: 'Show answer',
  hideAnswer: 'Hide answer',
  paper: 'Paper',
  noscriptHome: 'Choose a language:',
  // few-shot-learning lecture: one section per demo (components/demos/fewshot/*)
};

export const DICT: Record<Lang, Dict> = { zh, en };
export type { Dict };

export { fill } from './fill';
