/** Papers first cited by the perspectives lecture (merged into content/bibliography.ts). */
import type { Paper } from '../bibliography';

export const papers = {
  bergstra2012: { authors: 'Bergstra, Bengio', title: 'Random Search for Hyper-Parameter Optimization', venue: 'JMLR 13', year: 2012, href: 'https://jmlr.org/papers/v13/bergstra12a.html' },
  sutton2019: { authors: 'Sutton', title: 'The Bitter Lesson', venue: 'essay, incompleteideas.net', year: 2019, href: 'http://www.incompleteideas.net/IncIdeas/BitterLesson.html' },
  vaswani2017: { authors: 'Vaswani, Shazeer, Parmar, Uszkoreit, Jones, Gomez, Kaiser, Polosukhin', title: 'Attention Is All You Need', venue: 'NeurIPS', year: 2017, href: 'https://arxiv.org/abs/1706.03762' },
  kaplan2020: { authors: 'Kaplan, McCandlish, Henighan, Brown, Chess, Child, Gray, Radford, Wu, Amodei', title: 'Scaling Laws for Neural Language Models', venue: 'arXiv:2001.08361', year: 2020, href: 'https://arxiv.org/abs/2001.08361' },
  jumper2021: { authors: 'Jumper, Evans, Pritzel, et al.', title: 'Highly accurate protein structure prediction with AlphaFold', venue: 'Nature 596', year: 2021, href: 'https://doi.org/10.1038/s41586-021-03819-2' },
  silver2016: { authors: 'Silver, Huang, Maddison, et al.', title: 'Mastering the game of Go with deep neural networks and tree search', venue: 'Nature 529', year: 2016, href: 'https://doi.org/10.1038/nature16961' },
  hassan2018: { authors: 'Hassan, Aue, Chen, et al.', title: 'Achieving Human Parity on Automatic Chinese to English News Translation', venue: 'arXiv:1803.05567', year: 2018, href: 'https://arxiv.org/abs/1803.05567' },
  laubli2018: { authors: 'Läubli, Sennrich, Volk', title: 'Has Machine Translation Achieved Human Parity? A Case for Document-level Evaluation', venue: 'EMNLP', year: 2018, href: 'https://arxiv.org/abs/1808.07048' },
  tang2023: { authors: 'Tang, LeBel, Jain, Huth', title: 'Semantic reconstruction of continuous language from non-invasive brain recordings', venue: 'Nature Neuroscience 26', year: 2023, href: 'https://doi.org/10.1038/s41593-023-01304-9' },
  bender2021: { authors: 'Bender, Gebru, McMillan-Major, Shmitchell', title: 'On the Dangers of Stochastic Parrots: Can Language Models Be Too Big?', venue: 'FAccT', year: 2021, href: 'https://doi.org/10.1145/3442188.3445922' },
  grace2018: { authors: 'Grace, Salvatier, Dafoe, Zhang, Evans', title: 'When Will AI Exceed Human Performance? Evidence from AI Experts', venue: 'Journal of Artificial Intelligence Research 62', year: 2018, href: 'https://doi.org/10.1613/jair.1.11222' },
  butlin2023: { authors: 'Butlin, Long, Elmoznino, et al.', title: 'Consciousness in Artificial Intelligence: Insights from the Science of Consciousness', venue: 'arXiv:2308.08708', year: 2023, href: 'https://arxiv.org/abs/2308.08708' },
  thompson2020: { authors: 'Thompson, Greenewald, Lee, Manso', title: 'The Computational Limits of Deep Learning', venue: 'arXiv:2007.05558', year: 2020, href: 'https://arxiv.org/abs/2007.05558' },
} satisfies Record<string, Paper>;
