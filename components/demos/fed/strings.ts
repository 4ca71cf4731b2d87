/**
 * The fed views' strings, in both languages: beside the views that use them, loaded with them.
 * Chinese follows the slides' wording; English is a faithful translation.
 */
const zh = {
  fed: {
    K: '客户端数 K', C: '每轮参与比例 C', E: '本地轮数 E', B: '本地批大小 B',
    round: '通信轮数', accuracy: '测试准确率', method: '方法', roundsCol: '达到目标所需轮数', finalCol: '最终准确率', msCol: '每轮耗时 (ms)',
    fedavg: 'FedAvg', fedsgd: 'FedSGD', central: '集中式训练',
    fedavgSetup: '每轮随机选 {m} 个客户端（共 {K} 个，各持有一份独立同分布的 MNIST 数据）；目标准确率 {target}。',
    fedavgChart: '准确率随通信轮数的变化：FedAvg、FedSGD 与集中式训练',
    roundsTo: '达到 {target} 所需的通信轮数',
    speedup: 'FedAvg 用 {a} 轮、FedSGD 用 {b} 轮达到目标：通信轮数减少到 1/{ratio}。',
    noSpeedup: '在所跑的轮数内，FedAvg 与 FedSGD 未都达到目标，无法计算轮数之比。',
    fedavgMethod: '每个客户端在本地用 SGD 训练 E 轮（批大小 B），服务器按样本数 n_k/n 加权平均参数；FedSGD 是 E = 1、B = ∞ 的特例：每轮每个客户端只算一次全批梯度。集中式训练把全部数据放在一起，每“轮”做与 FedAvg 一轮相当的计算量。模型：两层 MLP；学习率对每种方法在网格上分别调好。',
    iid: '独立同分布（IID）', dirichlet: 'Dirichlet(α = {alpha})', shards: '每个客户端两类（分片）', alpha: 'Dirichlet 参数 α',
    histCaption: '{split}：前 {n} 个客户端的数字分布（0–9，从左到右）', clientHist: '{split} 的第 {k} 个客户端',
    nonIidChart: '准确率随通信轮数的变化：不同的数据划分', split: '数据划分', slowdownCol: '相对 IID 的轮数',
    nonIidMethod: 'α 越小，每个客户端的数据越集中在少数几个类别上；“两类”划分按 McMahan 等人的方法把按标签排序的数据切成 2K 份，每个客户端拿两份。算法与学习率都相同，只有数据划分不同。',
    schemes: { dense: '不压缩（float32）', int8: '8 位量化', 'topk-10': 'top-10% 稀疏化 + 误差反馈', 'topk-1': 'top-1% 稀疏化 + 误差反馈', 'topk-1-noef': 'top-1% 稀疏化（无误差反馈）' } as Record<string, string>,
    compressionSetup: '每轮 {m} 个客户端（共 {K} 个）各上传一次更新，共 {rounds} 轮；横轴是累计上传的字节数。',
    mbUp: '累计上传 (MB)', compressionChart: '准确率随上传字节数的变化：不同的压缩方式',
    bytesTo: '每个客户端每轮上传的字节数，以及达到 {target} 时的累计上传量', scheme: '压缩方式', bytesClientCol: '每个更新的字节数', mbToCol: '达到目标时累计上传 (MB)',
    compressionMethod: '8 位量化：每个张量用一个最小值和一个步长，把每个数映射到 0–255（随机舍入，期望不变）。top-k：只发送绝对值最大的 k 个数及其位置（每个 8 字节）；误差反馈把没发出去的部分留到下一轮再加上。下行（服务器发给客户端的模型）不压缩。',
    policies: { none: '没有掉队者', drop: '丢弃掉队者', partial: '接受部分工作', fedprox: 'FedProx（μ = {mu}）+ 部分工作' } as Record<string, string>,
    stragglerP: '客户端未能按时完成的概率 p = {p}', mu: 'FedProx 近端项 μ', policy: '处理方式',
    stragglerChart: '准确率随通信轮数的变化：掉队者的三种处理方式（非 IID 分片数据）',
    lateCaption: '最后四分之一轮次的平均准确率（比最后一轮更稳定）与最后一轮的准确率', lateCol: '后 1/4 轮平均',
    stragglerMethod: '每轮被选中的客户端以概率 p 掉队：只完成了随机一部分本地步数。丢弃：服务器只平均按时完成的更新；部分工作：也平均掉队者已做的部分；FedProx：同时让所有客户端最小化 F_k(w) + (μ/2)‖w − w_t‖²，限制本地模型偏离全局模型。数据按“每个客户端两类”划分。',
    clip: '裁剪范数 S', dpSetup: '{K} 个客户端，每个只有 {n} 个数字；每轮 {m} 个客户端参与，共 {rounds} 轮。',
    dpChart: '准确率随通信轮数的变化：不同的噪声倍数 σ', dpCaption: '每个更新裁剪到范数 ≤ {S}；ε 为 δ = {delta} 下的近似值', epsCol: '近似 ε', normCol: '裁剪前更新范数的中位数',
    dpProtects: '它保护的是：从训练出的模型中很难看出某一个参与者是否参加了训练、他的数据产生了多大影响（用户级差分隐私）。它不保护：模型从整体人群学到的规律；服务器在加噪之前看到的单个更新（这要靠安全聚合）；也不能让 ε 很大时的“保证”变得有意义。噪声越大，准确率越低。',
    dpMethod: '服务器把每个客户端的更新 Δ_k 缩放到 ‖Δ_k‖ ≤ S，对它们求和，加上标准差为 σS 的高斯噪声，再除以参与的客户端数。参与的客户端越多，平均后每个坐标上的噪声越小：这就是差分隐私需要大量客户端的原因。ε 用采样高斯机制的 Rényi 差分隐私近似计算，只作数量级参考。',
  },
};

const en: typeof zh = {
  fed: {
    K: 'Clients K', C: 'Fraction per round C', E: 'Local epochs E', B: 'Local batch B',
    round: 'communication round', accuracy: 'test accuracy', method: 'Method', roundsCol: 'Rounds to target', finalCol: 'Final accuracy', msCol: 'ms per round',
    fedavg: 'FedAvg', fedsgd: 'FedSGD', central: 'Centralised',
    fedavgSetup: '{m} clients chosen at random each round (of {K}, each holding an IID share of MNIST); target accuracy {target}.',
    fedavgChart: 'Accuracy vs communication round: FedAvg, FedSGD and centralised training',
    roundsTo: 'Communication rounds to reach {target}',
    speedup: 'FedAvg reached the target in {a} rounds, FedSGD in {b}: {ratio}× fewer rounds.',
    noSpeedup: 'Within the rounds run, FedAvg and FedSGD did not both reach the target, so there is no ratio.',
    fedavgMethod: 'Each client trains locally with SGD for E epochs (batch B); the server averages the parameters weighted by n_k/n. FedSGD is the special case E = 1, B = ∞: one full-batch gradient per client per round. Centralised training pools all the data and does, per "round", as much computation as one FedAvg round. Model: a two-layer MLP; learning rates tuned separately for each method on a grid.',
    iid: 'IID', dirichlet: 'Dirichlet(α = {alpha})', shards: 'Two classes per client (shards)', alpha: 'Dirichlet α',
    histCaption: '{split}: digit counts of the first {n} clients (0–9, left to right)', clientHist: '{split}, client {k}',
    nonIidChart: 'Accuracy vs communication round: different data splits', split: 'Split', slowdownCol: 'Rounds relative to IID',
    nonIidMethod: 'The smaller α, the more each client’s data concentrates on a few classes; the two-classes split follows McMahan et al.: sort by label, cut into 2K shards, give each client two. Same algorithm and learning rate throughout: only the split changes.',
    schemes: { dense: 'Dense (float32)', int8: '8-bit quantisation', 'topk-10': 'Top-10% + error feedback', 'topk-1': 'Top-1% + error feedback', 'topk-1-noef': 'Top-1% (no error feedback)' } as Record<string, string>,
    compressionSetup: '{m} clients per round (of {K}) each upload one update, for {rounds} rounds; the horizontal axis is the total bytes uploaded.',
    mbUp: 'total uploaded (MB)', compressionChart: 'Accuracy vs bytes uploaded: different compressions',
    bytesTo: 'Bytes per client update, and the total uploaded when {target} was reached', scheme: 'Compression', bytesClientCol: 'Bytes per update', mbToCol: 'MB uploaded to target',
    compressionMethod: '8-bit: each tensor gets a minimum and a step, and every number maps to 0–255 (stochastic rounding, unbiased). Top-k: only the k entries largest in magnitude are sent, with their positions (8 bytes each); error feedback keeps what was not sent and adds it next round. The download (the model sent to clients) is not compressed.',
    policies: { none: 'No stragglers', drop: 'Drop stragglers', partial: 'Accept partial work', fedprox: 'FedProx (μ = {mu}) + partial work' } as Record<string, string>,
    stragglerP: 'Probability p that a client does not finish = {p}', mu: 'FedProx proximal term μ', policy: 'Policy',
    stragglerChart: 'Accuracy vs communication round: three ways to handle stragglers (non-IID shards)',
    lateCaption: 'Mean accuracy over the last quarter of the rounds (steadier than the last round) and the last round’s', lateCol: 'Mean, last quarter',
    stragglerMethod: 'Each sampled client straggles with probability p: it completes only a random part of its local steps. Drop: the server averages only the updates that arrived in time; partial: it averages the stragglers’ partial work too; FedProx: in addition every client minimises F_k(w) + (μ/2)‖w − w_t‖², which keeps local models from drifting far from the global one. Data: two classes per client.',
    clip: 'Clipping norm S', dpSetup: '{K} clients with only {n} digits each; {m} clients take part per round, for {rounds} rounds.',
    dpChart: 'Accuracy vs communication round: different noise multipliers σ', dpCaption: 'Each update clipped to norm ≤ {S}; ε is an approximation at δ = {delta}', epsCol: 'approx. ε', normCol: 'Median update norm before clipping',
    dpProtects: 'What it protects: from the trained model it is hard to tell whether any one participant took part, or how much their data mattered (user-level differential privacy). What it does not: what the model learns about the population as a whole; the individual updates the server sees before the noise is added (that needs secure aggregation); and a large ε makes the "guarantee" hollow. More noise costs accuracy.',
    dpMethod: 'The server scales each client’s update Δ_k to ‖Δ_k‖ ≤ S, sums them, adds Gaussian noise with standard deviation σS, and divides by the number of clients in the round. The more clients per round, the smaller the noise per coordinate of the average: this is why differential privacy needs many clients. ε is approximated with Rényi differential privacy of the sampled Gaussian mechanism, for the order of magnitude only.',
  },
};

export const STRINGS = { zh, en };
export type Strings = typeof zh;
