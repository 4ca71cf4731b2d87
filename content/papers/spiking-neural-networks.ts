/** Papers first cited by the spiking-neural-networks lecture (merged into content/bibliography.ts). */
import type { Paper } from '../bibliography';

export const papers = {
  bi1998: { authors: 'Bi, Poo', title: 'Synaptic Modifications in Cultured Hippocampal Neurons: Dependence on Spike Timing, Synaptic Strength, and Postsynaptic Cell Type', venue: 'Journal of Neuroscience 18(24)', year: 1998, href: 'https://doi.org/10.1523/JNEUROSCI.18-24-10464.1998' },
  davies2018: { authors: 'Davies, Srinivasa, Lin, Chinya, Cao, Choday, Dimou, Joshi, Imam, Jain, Liao, Lin, Lines, Liu, Mathaikutty, McCoy, Paul, Tse, Venkataramanan, Weng, Wild, Yang, Wang', title: 'Loihi: A Neuromorphic Manycore Processor with On-Chip Learning', venue: 'IEEE Micro 38(1)', year: 2018, href: 'https://doi.org/10.1109/MM.2018.112130359' },
  diehl2015: { authors: 'Diehl, Cook', title: 'Unsupervised learning of digit recognition using spike-timing-dependent plasticity', venue: 'Frontiers in Computational Neuroscience 9', year: 2015, href: 'https://doi.org/10.3389/fncom.2015.00099' },
  gerstner2002: { authors: 'Gerstner, Kistler', title: 'Spiking Neuron Models: Single Neurons, Populations, Plasticity', venue: 'Cambridge University Press', year: 2002, href: 'https://doi.org/10.1017/CBO9780511815706' },
  hodgkin1952: { authors: 'Hodgkin, Huxley', title: 'A quantitative description of membrane current and its application to conduction and excitation in nerve', venue: 'The Journal of Physiology 117(4)', year: 1952, href: 'https://doi.org/10.1113/jphysiol.1952.sp004764' },
  maass1997: { authors: 'Maass', title: 'Networks of spiking neurons: The third generation of neural network models', venue: 'Neural Networks 10(9)', year: 1997, href: 'https://doi.org/10.1016/S0893-6080(97)00011-7' },
  neftci2019: { authors: 'Neftci, Mostafa, Zenke', title: 'Surrogate Gradient Learning in Spiking Neural Networks: Bringing the Power of Gradient-Based Optimization to Spiking Neural Networks', venue: 'IEEE Signal Processing Magazine 36(6)', year: 2019, href: 'https://arxiv.org/abs/1901.09948' },
  zenke2018: { authors: 'Zenke, Ganguli', title: 'SuperSpike: Supervised Learning in Multilayer Spiking Neural Networks', venue: 'Neural Computation 30(6)', year: 2018, href: 'https://arxiv.org/abs/1705.11146' },
  horowitz2014: { authors: 'Horowitz', title: 'Computing’s energy problem (and what we can do about it)', venue: 'IEEE ISSCC', year: 2014, href: 'https://doi.org/10.1109/ISSCC.2014.6757323' },
  merolla2014: { authors: 'Merolla, Arthur, Alvarez-Icaza, Cassidy, Sawada, Akopyan, Jackson, Imam, Guo, Nakamura, Brezzo, Vo, Esser, Appuswamy, Taba, Amir, Flickner, Risk, Manohar, Modha', title: 'A million spiking-neuron integrated circuit with a scalable communication network and interface', venue: 'Science 345(6197)', year: 2014, href: 'https://doi.org/10.1126/science.1254642' },
  thorpe1996: { authors: 'Thorpe, Fize, Marlot', title: 'Speed of processing in the human visual system', venue: 'Nature 381', year: 1996, href: 'https://doi.org/10.1038/381520a0' },
} satisfies Record<string, Paper>;
