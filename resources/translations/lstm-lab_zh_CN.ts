<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalogyPanel</name>
    <message>
        <source>&lt;b&gt;Analogy&lt;/b&gt;: the tokens nearest to a − b + c</source>
        <translation>&lt;b&gt;类比&lt;/b&gt;：离 a − b + c 最近的词元</translation>
    </message>
    <message>
        <source>a, e.g. king</source>
        <translation>a，例如 king</translation>
    </message>
    <message>
        <source>b, e.g. man</source>
        <translation>b，例如 man</translation>
    </message>
    <message>
        <source>c, e.g. woman</source>
        <translation>c，例如 woman</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>Find the tokens nearest to a − b + c</source>
        <translation>找出离 a − b + c 最近的词元</translation>
    </message>
    <message>
        <source>“%1 is to %2 as %3 is to …?”</source>
        <translation>“%1 之于 %2，犹如 %3 之于……？”</translation>
    </message>
    <message>
        <source>Train first: there are no vectors yet.</source>
        <translation>请先训练：还没有向量。</translation>
    </message>
    <message>
        <source>Not in the vocabulary: %1 (only tokens that occur at least min-count times have vectors).</source>
        <translation>不在词表中：%1（只有出现次数不少于最小词频的词元才有向量）。</translation>
    </message>
</context>
<context>
    <name>AnatomyView</name>
    <message>
        <source>&lt;b&gt;%1 trainable parameters&lt;/b&gt; = %2&lt;br&gt;the same count as PyTorch&apos;s &lt;tt&gt;nn.LSTM(%3, %4, num_layers=%5)&lt;/tt&gt; + &lt;tt&gt;nn.Linear(%4, %6)&lt;/tt&gt;: 4H(I+H+2) per layer, H+1 per output for the head.</source>
        <translation>&lt;b&gt;%1 个可训练参数&lt;/b&gt; = %2&lt;br&gt;与 PyTorch 的 &lt;tt&gt;nn.LSTM(%3, %4, num_layers=%5)&lt;/tt&gt; + &lt;tt&gt;nn.Linear(%4, %6)&lt;/tt&gt; 的参数个数相同：每层 4H(I+H+2) 个，输出层每个输出 H+1 个。</translation>
    </message>
    <message>
        <source>Cell of &amp;layer:</source>
        <translation>细胞所在的层(&amp;L)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weights&lt;/b&gt; (PyTorch&apos;s names and shapes; H = num_units = %1, I = input width)</source>
        <translation>&lt;b&gt;权重&lt;/b&gt;（PyTorch 的名称和形状；H = num_units = %1，I = 输入宽度）</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Which layer&apos;s cell the drawing shows. Layer 1 reads the signal; each layer above reads the h of the layer below.</source>
        <translation>图中画的是哪一层的细胞。第 1 层读取信号；上面的每一层读取下面一层的 h。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every weight tensor of the model with its shape. weight_ih and weight_hh stack the four gate layers&apos; weights: rows 0…H−1 input gate i, H…2H−1 forget gate f, 2H…3H−1 candidate g, 3H…4H−1 output gate o (PyTorch&apos;s order). Hence 4H rows: four layers of H neurons.&lt;/p&gt;</source>
        <translation>&lt;p&gt;模型的每个权重张量及其形状。weight_ih 和 weight_hh 把四个门层的权重叠在一起：第 0…H−1 行是输入门 i，H…2H−1 行是遗忘门 f，2H…3H−1 行是候选值 g，3H…4H−1 行是输出门 o（PyTorch 的顺序）。所以共 4H 行：四个各有 H 个神经元的层。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The number of trainable parameters, computed from the shapes above. sum(p.numel() for p in model.parameters()) gives the same in PyTorch.</source>
        <translation>由上面的形状算出的可训练参数个数。在 PyTorch 中，sum(p.numel() for p in model.parameters()) 得到的结果相同。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Anatomy&lt;/b&gt; of the network being trained, for the current settings.&lt;/p&gt;&lt;p&gt;Top: one LSTM cell. num_units is the number of neurons in each of its four gate layers, not a number of cells.&lt;/p&gt;&lt;p&gt;Middle: the network unrolled over time: the same cell, with the same weights, used once per time step; c and h carry the memory from step to step.&lt;/p&gt;&lt;p&gt;Bottom: the shape of every weight and the parameter count, which equals PyTorch&apos;s for the same model.&lt;/p&gt;</source>
        <translation>&lt;p&gt;按当前设置，正在训练的网络的&lt;b&gt;结构剖析&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;上部：一个 LSTM 细胞。num_units 是它四个门层中每一层的神经元个数，而不是细胞的个数。&lt;/p&gt;&lt;p&gt;中部：在时间上展开的网络：同一个细胞、同一组权重，每个时间步用一次；c 和 h 把记忆从一步带到下一步。&lt;/p&gt;&lt;p&gt;下部：每个权重的形状和参数个数，与同样模型在 PyTorch 中的个数相同。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Layer 1 (reads the signal)</source>
        <translation>第 1 层（读取信号）</translation>
    </message>
    <message>
        <source>Layer %1 (reads h of layer %2)</source>
        <translation>第 %1 层（读取第 %2 层的 h）</translation>
    </message>
    <message>
        <source>The dense head: the last time step&apos;s h of the top layer → the prediction, through tanh.</source>
        <translation>全连接输出层：最上层在最后一个时间步的 h → 经过 tanh → 预测值。</translation>
    </message>
    <message>
        <source>Layer %1&apos;s input weights: each of the 4H neurons (4 gate layers × H) has one weight per number of x_t.</source>
        <translation>第 %1 层的输入权重：4H 个神经元（4 个门层 × H）中的每一个，对 x_t 的每个数都有一个权重。</translation>
    </message>
    <message>
        <source>Layer %1&apos;s recurrent weights: each of the 4H neurons has one weight per number of h_{t−1}.</source>
        <translation>第 %1 层的循环权重：4H 个神经元中的每一个，对 h_{t−1} 的每个数都有一个权重。</translation>
    </message>
    <message>
        <source>Layer %1&apos;s biases: one per neuron of the 4 gate layers (PyTorch keeps two, b_ih and b_hh).</source>
        <translation>第 %1 层的偏置：4 个门层中每个神经元一个（PyTorch 保留两份：b_ih 和 b_hh）。</translation>
    </message>
    <message>
        <source>Anatomy</source>
        <translation>结构剖析</translation>
    </message>
    <message>
        <source>The network being trained, for the current settings: one cell, the same cell unrolled over time, and every weight.</source>
        <translation>按当前设置，正在训练的网络：一个细胞、在时间上展开的同一个细胞，以及每一个权重。</translation>
    </message>
    <message>
        <source>Back to the Dock</source>
        <translation>放回停靠区</translation>
    </message>
    <message>
        <source>Show Large</source>
        <translation>放大显示</translation>
    </message>
    <message>
        <source>Put the anatomy view back in its place in the main window.</source>
        <translation>把结构剖析视图放回主窗口中原来的位置。</translation>
    </message>
    <message>
        <source>Show the anatomy view in a large window of its own, where the cell, the unrolled network and the weight table all have room.</source>
        <translation>在一个单独的大窗口中显示结构剖析视图，让单元、按时间展开的网络和权重表都有足够的空间。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 trainable parameters&lt;/b&gt; = %2&lt;br&gt;the same count as PyTorch&apos;s &lt;tt&gt;nn.%3(%4, %5, num_layers=%6)&lt;/tt&gt; + &lt;tt&gt;nn.Linear(%5, %7)&lt;/tt&gt;: %8(I+H+2) per layer, H+1 per output for the head.</source>
        <translation>&lt;b&gt;%1 个可训练参数&lt;/b&gt; = %2&lt;br&gt;与 PyTorch 的 &lt;tt&gt;nn.%3(%4, %5, num_layers=%6)&lt;/tt&gt; + &lt;tt&gt;nn.Linear(%5, %7)&lt;/tt&gt; 数目相同：每层 %8(I+H+2)，输出头每个输出 H+1。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every weight tensor of the model with its shape. weight_ih and weight_hh stack the GRU&apos;s three gate layers&apos; weights: rows 0…H−1 reset gate r, H…2H−1 update gate z, 2H…3H−1 candidate n (PyTorch&apos;s order). Hence 3H rows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;模型的每个权重张量及其形状。weight_ih 和 weight_hh 把 GRU 三个门层的权重叠在一起：第 0…H−1 行是重置门 r，H…2H−1 行是更新门 z，2H…3H−1 行是候选值 n（PyTorch 的顺序）。所以有 3H 行。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every weight tensor of the model with its shape. The plain RNN has one tanh layer of H neurons, so weight_ih and weight_hh have H rows (PyTorch&apos;s nn.RNN).&lt;/p&gt;</source>
        <translation>&lt;p&gt;模型的每个权重张量及其形状。普通 RNN 只有一个含 H 个神经元的 tanh 层，所以 weight_ih 和 weight_hh 有 H 行（PyTorch 的 nn.RNN）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Anatomy&lt;/b&gt; of the network being trained, for the current settings.&lt;/p&gt;&lt;p&gt;Top: one %1 cell. num_units is the number of neurons in each of its gate layers, not a number of cells.&lt;/p&gt;&lt;p&gt;Middle: the network unrolled over time: the same cell, with the same weights, used once per time step; h carries the memory from step to step (the %1 has no cell state c).&lt;/p&gt;&lt;p&gt;Bottom: the shape of every weight and the parameter count, which equals PyTorch&apos;s for the same model.&lt;/p&gt;</source>
        <translation>&lt;p&gt;按当前设置正在训练的网络的&lt;b&gt;结构剖析&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;上：一个 %1 细胞。num_units 是它每个门层中的神经元个数，不是细胞的个数。&lt;/p&gt;&lt;p&gt;中：沿时间展开的网络：同一个细胞、同样的权重，每个时间步用一次；h 把记忆从一步带到下一步（%1 没有细胞状态 c）。&lt;/p&gt;&lt;p&gt;下：每个权重的形状和参数总数，与 PyTorch 中同样模型的参数数相同。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <source>Batch %1 of %2</source>
        <translation>第 %1 批，共 %2 批</translation>
    </message>
    <message>
        <source>windows %1–%2 of %3 in this epoch&apos;s shuffled order</source>
        <translation>本轮打乱顺序中的窗口 %1–%2，共 %3 个</translation>
    </message>
    <message>
        <source>windows %1–%2 of %3</source>
        <translation>窗口 %1–%2，共 %3 个</translation>
    </message>
    <message numerus="yes">
        <source>each window %n samples, label = the next sample</source>
        <translation>
            <numerusform>每个窗口 %n 个样本，标签 = 下一个样本</numerusform>
        </translation>
    </message>
    <message>
        <source>whole</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>No training data yet</source>
        <translation>尚无训练数据</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>sample of the training series</source>
        <translation>训练序列中的样本</translation>
    </message>
    <message>
        <source>training series</source>
        <translation>训练序列</translation>
    </message>
    <message>
        <source>a window of this batch</source>
        <translation>本批的一个窗口</translation>
    </message>
    <message>
        <source>its label (the next sample)</source>
        <translation>它的标签（下一个样本）</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>each window %1 samples, label = the sample %2 steps before its last (the echo)</source>
        <translation>每个窗口 %1 个样本，标签 = 窗口最后一个样本之前 %2 步的样本（回声）</translation>
    </message>
    <message>
        <source>its label (the sample %1 steps back)</source>
        <translation>它的标签（往回 %1 步的样本）</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Building a new network: %1 units × %2 layers × %3 time steps…</source>
        <translation>正在构建新网络：%1 个单元 × %2 层 × %3 个时间步…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>building the network and its buffers, %1</source>
        <translation>正在构建网络及其缓冲区，%1</translation>
    </message>
    <message>
        <source>taking the first step, %1</source>
        <translation>正在执行第一步，%1</translation>
    </message>
    <message>
        <source>taking step %1, %2</source>
        <translation>正在执行第 %1 步，%2</translation>
    </message>
    <message>
        <source>taking step %1 and evaluating the test set at the end of the epoch, %2</source>
        <translation>正在执行第 %1 步，并在本轮结束时评估测试集，%2</translation>
    </message>
    <message>
        <source>evaluating the test set for the prediction chart, %1</source>
        <translation>正在为预测图评估测试集，%1</translation>
    </message>
    <message>
        <source>tracing the gates for the gate panels, %1</source>
        <translation>正在为门面板记录各个门，%1</translation>
    </message>
    <message>
        <source>running the network on its own predictions, %1</source>
        <translation>正在让网络以自己的预测为输入运行，%1</translation>
    </message>
</context>
<context>
    <name>CellDiagram</name>
    <message>
        <source>&lt;p&gt;One LSTM cell of the chosen layer. Its four gate layers (forget f, input i, cell candidate g, output o) each hold &lt;b&gt;num_units&lt;/b&gt; neurons: num_units is the width of every gate layer, not a number of cells.&lt;/p&gt;&lt;p&gt;Every neuron reads the whole vector [h&lt;sub&gt;t−1&lt;/sub&gt;, x&lt;sub&gt;t&lt;/sub&gt;] with its own weights. The cell state c runs along the top: multiplied by f, then i·g is added. The output h&lt;sub&gt;t&lt;/sub&gt; is o·tanh(c&lt;sub&gt;t&lt;/sub&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;所选层的一个 LSTM 细胞。它的四个门层（遗忘 f、输入 i、候选值 g、输出 o）各有 &lt;b&gt;num_units&lt;/b&gt; 个神经元：num_units 是每个门层的宽度，而不是细胞的个数。&lt;/p&gt;&lt;p&gt;每个神经元都用自己的权重读取整个向量 [h&lt;sub&gt;t−1&lt;/sub&gt;, x&lt;sub&gt;t&lt;/sub&gt;]。细胞状态 c 沿顶部贯穿：先乘以 f，再加上 i·g。输出 h&lt;sub&gt;t&lt;/sub&gt; 是 o·tanh(c&lt;sub&gt;t&lt;/sub&gt;)。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>input gate i</source>
        <translation>输入门 i</translation>
    </message>
    <message>
        <source>forget gate f</source>
        <translation>遗忘门 f</translation>
    </message>
    <message>
        <source>cell candidate g</source>
        <translation>候选值 g</translation>
    </message>
    <message>
        <source>output gate o</source>
        <translation>输出门 o</translation>
    </message>
    <message>
        <source>num_units = 1: 1 neuron in EACH of the 4 gate layers (not 1 cell)</source>
        <translation>num_units = 1：4 个门层中“每一层”各有 1 个神经元（不是 1 个细胞）</translation>
    </message>
    <message>
        <source>num_units = %1: %1 neurons in EACH of the 4 gate layers (not %1 cells)</source>
        <translation>num_units = %1：4 个门层中“每一层”各有 %1 个神经元（不是 %1 个细胞）</translation>
    </message>
    <message>
        <source>1 number</source>
        <translation>1 个数</translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation>%1 个数</translation>
    </message>
    <message>
        <source>1 neuron</source>
        <translation>1 个神经元</translation>
    </message>
    <message>
        <source>%1 neurons</source>
        <translation>%1 个神经元</translation>
    </message>
    <message>
        <source>Each neuron reads all of [h&lt;sub&gt;t−1&lt;/sub&gt;, x&lt;sub&gt;t&lt;/sub&gt;] with its own weights.</source>
        <translation>每个神经元都用自己的权重读取整个 [h&lt;sub&gt;t−1&lt;/sub&gt;, x&lt;sub&gt;t&lt;/sub&gt;]。</translation>
    </message>
    <message>
        <source>One LSTM cell of layer %1 of %2. Every neuron reads [h&lt;sub&gt;t−1&lt;/sub&gt;, x&lt;sub&gt;t&lt;/sub&gt;] (%3). c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g, h&lt;sub&gt;t&lt;/sub&gt; = o ⊙ tanh(c&lt;sub&gt;t&lt;/sub&gt;). Widen the panel for the full picture.</source>
        <translation>第 %1 层（共 %2 层）的一个 LSTM 细胞。每个神经元都读取 [h&lt;sub&gt;t−1&lt;/sub&gt;, x&lt;sub&gt;t&lt;/sub&gt;]（%3）。c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g，h&lt;sub&gt;t&lt;/sub&gt; = o ⊙ tanh(c&lt;sub&gt;t&lt;/sub&gt;)。把面板拉宽可以看到完整的图。</translation>
    </message>
    <message>
        <source>one LSTM cell · layer %1 of %2</source>
        <translation>一个 LSTM 细胞 · 第 %1 层，共 %2 层</translation>
    </message>
    <message>
        <source>cell state: the long-term memory</source>
        <translation>细胞状态：&lt;br&gt;长期记忆</translation>
    </message>
    <message>
        <source>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;: this step&apos;s output, to step t+1 and to the layer above</source>
        <translation>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;：这一步的输出，&lt;br&gt;送往第 t+1 步&lt;br&gt;和上一层</translation>
    </message>
    <message>
        <source>&lt;b&gt;x&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;: %1 of the input window</source>
        <translation>&lt;b&gt;x&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;：输入窗口中的 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;x&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt; = h&lt;sub&gt;t&lt;/sub&gt; of layer %1: %2</source>
        <translation>&lt;b&gt;x&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt; = 第 %1 层的 h&lt;sub&gt;t&lt;/sub&gt;：%2</translation>
    </message>
    <message>
        <source>[h&lt;sub&gt;t−1&lt;/sub&gt;, x&lt;sub&gt;t&lt;/sub&gt;]: %1, read by every neuron of all 4 gate layers</source>
        <translation>[h&lt;sub&gt;t−1&lt;/sub&gt;, x&lt;sub&gt;t&lt;/sub&gt;]：%1，4 个门层的每个神经元都读取它</translation>
    </message>
    <message>
        <source>⋮ %1 more ⋮</source>
        <translation>⋮ 另有 %1 个 ⋮</translation>
    </message>
    <message>
        <source>Neurons shaded by their value at time step t = %1 of the traced window, in the heatmaps&apos; colours.</source>
        <translation>神经元按它在所跟踪窗口的时间步 t = %1 上的数值着色，颜色与热力图相同。</translation>
    </message>
    <message>
        <source>num_units = 1: 1 neuron in EACH of the GRU&apos;s 3 gate layers (not 1 cell)</source>
        <translation>num_units = 1：GRU 的 3 个门层中【每个】有 1 个神经元（不是 1 个细胞）</translation>
    </message>
    <message>
        <source>num_units = %1: %1 neurons in EACH of the GRU&apos;s 3 gate layers (not %1 cells)</source>
        <translation>num_units = %1：GRU 的 3 个门层中【每个】有 %1 个神经元（不是 %1 个细胞）</translation>
    </message>
    <message>
        <source>num_units = 1: 1 neuron in the plain RNN&apos;s one tanh layer</source>
        <translation>num_units = 1：普通 RNN 唯一的 tanh 层中有 1 个神经元</translation>
    </message>
    <message>
        <source>num_units = %1: %1 neurons in the plain RNN&apos;s one tanh layer</source>
        <translation>num_units = %1：普通 RNN 唯一的 tanh 层中有 %1 个神经元</translation>
    </message>
    <message>
        <source>One GRU cell of layer %1 of %2. Every neuron reads [h&lt;sub&gt;t−1&lt;/sub&gt;, x&lt;sub&gt;t&lt;/sub&gt;] (%3). h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;; no cell state. Widen the panel for the full picture.</source>
        <translation>第 %1 层（共 %2 层）的一个 GRU 细胞。每个神经元读取 [h&lt;sub&gt;t−1&lt;/sub&gt;, x&lt;sub&gt;t&lt;/sub&gt;]（%3）。h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;；没有细胞状态。把面板拉宽可看完整的图。</translation>
    </message>
    <message>
        <source>One plain RNN cell of layer %1 of %2: h&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;ih&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + W&lt;sub&gt;hh&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b), one tanh layer, no gates, no cell state. Widen the panel for the full picture.</source>
        <translation>第 %1 层（共 %2 层）的一个普通 RNN 细胞：h&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;ih&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + W&lt;sub&gt;hh&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b)，一个 tanh 层，没有门，没有细胞状态。把面板拉宽可看完整的图。</translation>
    </message>
    <message>
        <source>one GRU cell · layer %1 of %2</source>
        <translation>一个 GRU 细胞 · 第 %1 层，共 %2 层</translation>
    </message>
    <message>
        <source>one plain RNN cell · layer %1 of %2</source>
        <translation>一个普通 RNN 细胞 · 第 %1 层，共 %2 层</translation>
    </message>
    <message>
        <source>r scales the candidate&apos;s part from h&lt;sub&gt;t−1&lt;/sub&gt;</source>
        <translation>r 缩放候选值中来自 h&lt;sub&gt;t−1&lt;/sub&gt; 的部分</translation>
    </message>
    <message>
        <source>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;: the output and the only memory (no cell state c), to step t+1 and to the layer above</source>
        <translation>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;：输出，也是唯一的记忆（没有细胞状态 c），传给第 t+1 步和上一层</translation>
    </message>
    <message>
        <source>No gates and no cell state: each step rewrites the whole memory h, and the gradient to early steps is multiplied once per step by W&lt;sub&gt;hh&lt;/sub&gt; and tanh′, so it fades (or explodes) over long spans.</source>
        <translation>没有门，也没有细胞状态：每一步都改写整个记忆 h，传到早期时间步的梯度每一步都要乘一次 W&lt;sub&gt;hh&lt;/sub&gt; 和 tanh′，所以跨度一长它就消失（或爆炸）。</translation>
    </message>
</context>
<context>
    <name>CharacterActivationView</name>
    <message>
        <source>&amp;Layer:</source>
        <translation>层(&amp;L)：</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>单元(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Shows:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>The unit whose value tints the characters.</source>
        <translation>其值给字符着色的单元。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Characters tinted by one unit&lt;/b&gt;&lt;p&gt;A stretch of text as the network read it. Each character&apos;s colour is the chosen unit&apos;s value just after reading it: choose the layer, the unit and the value (a gate, the cell state c or the hidden state h) above the text. Hover a character for the number; click it to see the five characters the network found likeliest next, and to show that step in the gate maps and the inspector.&lt;/p&gt;</source>
        <translation>&lt;b&gt;按一个单元着色的字符&lt;/b&gt;&lt;p&gt;网络读到的一段文本。每个字符的颜色是所选单元在读到它之后的值：在文本上方选择层、单元和数值（某个门、细胞状态 c 或隐状态 h）。悬停字符可看数值；点击它可看网络认为最可能的下五个字符，并在门热图和检查器中显示该步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>The unit whose value tints the characters (the first %1 of %2 units are traced).</source>
        <translation>其值给字符着色的单元（只记录了 %2 个单元中的前 %1 个）。</translation>
    </message>
    <message>
        <source>%1 of unit %2, layer %3</source>
        <translation>第 %3 层单元 %2 的%1</translation>
    </message>
    <message>
        <source>%1 · characters %2 … %3 of %4</source>
        <translation>%1 · %4 个字符中的第 %2 … %3 个</translation>
    </message>
    <message>
        <source>%1 · the first %2 of %3 characters</source>
        <translation>%1 · %3 个字符中的前 %2 个</translation>
    </message>
    <message>
        <source>%1 at t = %2
%3 of unit %4 (layer %5) = %6</source>
        <translation>%1，t = %2
单元 %4（第 %5 层）的%3 = %6</translation>
    </message>
    <message>
        <source>The text goes on with %1, to which the network gave %2.</source>
        <translation>文本接下来是 %1，网络给它的概率是 %2。</translation>
    </message>
    <message>
        <source>No text traced yet: the view fills in while the network trains.</source>
        <translation>尚无文本记录：网络训练时此视图会填充。</translation>
    </message>
    <message>
        <source>Click a character to see the five next characters the network found likeliest there.</source>
        <translation>点击一个字符，查看网络认为此后最可能的五个字符。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>After %1 (t = %2) the network expects: %3</source>
        <translation>在 %1（t = %2）之后，网络预期：%3</translation>
    </message>
    <message>
        <source>; the text has %1 (%2).</source>
        <translation>；文本实际是 %1（%2）。</translation>
    </message>
    <message>
        <source>Colour scale %1 … %2 of the value shown.</source>
        <translation>所示数值的色标 %1 … %2。</translation>
    </message>
    <message>
        <source>Character activations</source>
        <translation>字符激活</translation>
    </message>
    <message>
        <source>Which value of the unit tints the characters: a gate, the cell state c or the hidden state h (those the cell has).</source>
        <translation>用单元的哪个值给字符着色：某个门、细胞状态 c 或隐状态 h（以该单元类型具有的为限）。</translation>
    </message>
</context>
<context>
    <name>DivergenceNotice</name>
    <message>
        <source>%1 at step %2. The weights after step %3, the last finite ones, were kept.</source>
        <translation>%1（第 %2 步）。已保留第 %3 步之后的权重，即最后一组有限值的权重。</translation>
    </message>
    <message>
        <source>a tighter &lt;i&gt;Clip gradient norm&lt;/i&gt; (now %1; try %2)</source>
        <translation>收紧&lt;i&gt;梯度范数裁剪&lt;/i&gt;（当前为 %1；试试 %2）</translation>
    </message>
    <message>
        <source>turn on &lt;i&gt;Clip gradient norm&lt;/i&gt; under Training (try %1), which caps how far one batch can move the weights</source>
        <translation>在“训练”下打开&lt;i&gt;梯度范数裁剪&lt;/i&gt;（试试 %1），它限制一个批次能把权重移动多远</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training diverged and stopped&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;What to change:&lt;/b&gt; %2, or %3. Then press &lt;i&gt;Train&lt;/i&gt; to go on from the kept weights, or &lt;i&gt;Reset&lt;/i&gt; to start over.</source>
        <translation>&lt;b&gt;训练发散，已停止&lt;/b&gt;：%1&lt;br&gt;&lt;b&gt;该改什么：&lt;/b&gt;%2，或者%3。然后按&lt;i&gt;训练&lt;/i&gt;从保留的权重继续，或按&lt;i&gt;重置&lt;/i&gt;从头开始。</translation>
    </message>
    <message>
        <source>a smaller learning rate (now %1; try %2)</source>
        <translation>调小学习率（当前为 %1；试试 %2）</translation>
    </message>
</context>
<context>
    <name>EmbedLossChart</name>
    <message>
        <source>Embedding loss</source>
        <translation>嵌入损失</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>loss per pair</source>
        <translation>每对的损失</translation>
    </message>
    <message>
        <source>Skip-gram loss: −ln σ(true pair) − Σ ln σ(−negative)</source>
        <translation>Skip-gram 损失：−ln σ(真实词对) − Σ ln σ(−负样本)</translation>
    </message>
</context>
<context>
    <name>EmbedTaskPage</name>
    <message>
        <source>Open Text</source>
        <translation>打开文本</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Changed settings apply to the next model: press New Model.</source>
        <translation>修改后的设置用于下一个模型：请按“新模型”。</translation>
    </message>
    <message>
        <source>Tang poems (characters)</source>
        <translation>唐诗（按字）</translation>
    </message>
    <message>
        <source>English fortunes (words)</source>
        <translation>英文 fortunes（按词）</translation>
    </message>
    <message>
        <source>A text of your own…</source>
        <translation>你自己的文本…</translation>
    </message>
    <message>
        <source>words</source>
        <translation>词</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>字</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>语料</translation>
    </message>
    <message>
        <source>Open Text…</source>
        <translation>打开文本…</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>Words (runs of letters, lower-cased) or single characters (for Chinese)</source>
        <translation>按词（连续的字母，转为小写）或按单个字符（用于中文）</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Numbers in each token&apos;s vector (word2vec&apos;s size)</source>
        <translation>每个词元向量中数的个数（word2vec 的 size）</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Context tokens on each side, at most: each centre token draws its window from 1 to this</source>
        <translation>每侧最多的上下文词元数：每个中心词元的窗口在 1 到这个数之间随机选取</translation>
    </message>
    <message>
        <source>Negatives</source>
        <translation>负样本</translation>
    </message>
    <message>
        <source>Random tokens per true pair that the model learns to tell apart from the true one</source>
        <translation>每个真实词对配的随机词元个数，模型要学会把它们与真实的区分开</translation>
    </message>
    <message>
        <source>Min count</source>
        <translation>最小词频</translation>
    </message>
    <message>
        <source>Tokens rarer than this get no vector</source>
        <translation>比这更少见的词元没有向量</translation>
    </message>
    <message>
        <source>Subsample</source>
        <translation>下采样</translation>
    </message>
    <message>
        <source>Frequent tokens are skipped more often: kept with probability (√(f/t) + 1)·t/f; 0 keeps all</source>
        <translation>高频词元更常被跳过：保留概率为 (√(f/t) + 1)·t/f；0 表示全部保留</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>New Model</source>
        <translation>新模型</translation>
    </message>
    <message>
        <source>Read the corpus and start a model with these settings</source>
        <translation>读取语料，并按这些设置开始一个模型</translation>
    </message>
    <message>
        <source>Neighbours and analogies</source>
        <translation>近邻与类比</translation>
    </message>
    <message>
        <source>Link to the text task</source>
        <translation>与文本任务的联系</translation>
    </message>
    <message>
        <source>The 300 Tang poems of Debian&apos;s fortunes-zh package, one token per character.</source>
        <translation>Debian 的 fortunes-zh 软件包中的唐诗三百首，每个字一个词元。</translation>
    </message>
    <message>
        <source>Not installed: %1 comes with Debian&apos;s fortunes-zh package (sudo apt-get install fortunes-zh).</source>
        <translation>未安装：%1 来自 Debian 的 fortunes-zh 软件包（sudo apt-get install fortunes-zh）。</translation>
    </message>
    <message>
        <source>Not installed: the English fortunes come with Debian&apos;s fortunes package (sudo apt-get install fortunes).</source>
        <translation>未安装：英文 fortunes 来自 Debian 的 fortunes 软件包（sudo apt-get install fortunes）。</translation>
    </message>
    <message>
        <source>All %1 English files of Debian&apos;s fortunes package, about half a million words.</source>
        <translation>Debian 的 fortunes 软件包中全部 %1 个英文文件，约五十万词。</translation>
    </message>
    <message>
        <source>Choose a UTF-8 text file.</source>
        <translation>请选择一个 UTF-8 文本文件。</translation>
    </message>
    <message>
        <source>the English fortunes (%1)</source>
        <translation>英文 fortunes（%1）</translation>
    </message>
    <message>
        <source>Choose a corpus first: its package is not installed, or no file was opened.</source>
        <translation>请先选择语料：它的软件包未安装，或者还没有打开文件。</translation>
    </message>
    <message>
        <source>Start a new model? The embeddings trained so far are replaced.</source>
        <translation>开始一个新模型吗？到目前为止训练的嵌入将被替换。</translation>
    </message>
    <message>
        <source>Reading the text…</source>
        <translation>正在读取文本…</translation>
    </message>
    <message>
        <source>No model yet: press Train.</source>
        <translation>还没有模型：请按“训练”。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cannot train: %1</source>
        <translation>无法训练：%1</translation>
    </message>
    <message>
        <source>Epoch %1 of %2, %3% done</source>
        <translation>第 %1 轮，共 %2 轮，已完成 %3%</translation>
    </message>
    <message>
        <source>%1 tokens with a vector, from %2 in the text</source>
        <translation>%1 个词元有向量，文本中共 %2 个词元</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Training, %1 words/s</source>
        <translation>训练中，每秒 %1 词</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Finished: New Model trains again</source>
        <translation>已完成：按“新模型”重新训练</translation>
    </message>
    <message>
        <source>Pause training</source>
        <translation>暂停训练</translation>
    </message>
    <message>
        <source>Train (a new model from the settings if there is none)</source>
        <translation>训练（若还没有模型，则按设置新建一个）</translation>
    </message>
    <message>
        <source>Watching pace</source>
        <translation>观看速度</translation>
    </message>
    <message>
        <source>The whole run spread over about %1 s, so the map can be seen taking shape; untick for full speed</source>
        <translation>整个训练分摊到约 %1 秒，可以看着图逐渐成形；取消勾选即全速</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>The step size at the start (word2vec&apos;s alpha); it falls linearly to almost 0 by the end of the last epoch. 0.025 is word2vec&apos;s default for the skip-gram</source>
        <translation>开始时的步长（word2vec 的 alpha）；它线性下降，到最后一个轮次结束时接近 0。0.025 是 word2vec 对 skip-gram 的默认值</translation>
    </message>
</context>
<context>
    <name>EmbeddingMap</name>
    <message>
        <source>Embedding map</source>
        <translation>嵌入图</translation>
    </message>
    <message>
        <source>Press Train: the most frequent tokens appear here, placed by their vectors.</source>
        <translation>请按“训练”：最常见的词元会出现在这里，按它们的向量摆放。</translation>
    </message>
    <message>
        <source>Reading the text…</source>
        <translation>正在读取文本…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 occurrences, frequency rank %3&lt;br&gt;nearest by cosine: %4&lt;br&gt;&lt;i&gt;Click to choose it.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：出现 %2 次，词频排名第 %3&lt;br&gt;余弦最近：%4&lt;br&gt;&lt;i&gt;单击选中它。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The %1 most frequent tokens on the plane of their first two principal components (%2% of their variance). Near points: similar vectors.</source>
        <translation>最常见的 %1 个词元，画在它们前两个主成分构成的平面上（占其方差的 %2%）。点越近，向量越相似。</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Save %1 as PNG…</source>
        <translation>将“%1”保存为 PNG…</translation>
    </message>
    <message>
        <source>Save %1 as SVG…</source>
        <translation>将“%1”保存为 SVG…</translation>
    </message>
    <message>
        <source>Save %1 Data as CSV…</source>
        <translation>将“%1”的数据保存为 CSV…</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>全部导出(&amp;A)…</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>全部导出</translation>
    </message>
    <message>
        <source>Save every panel as PNG, SVG and CSV into a folder (Ctrl+Shift+E)</source>
        <translation>把每个面板保存为 PNG、SVG 和 CSV，放进一个文件夹 (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Export %1 Panel</source>
        <translation>导出“%1”面板</translation>
    </message>
    <message>
        <source>As &amp;PNG Image…</source>
        <translation>导出为 PNG 图片(&amp;P)…</translation>
    </message>
    <message>
        <source>As &amp;SVG Drawing…</source>
        <translation>导出为 SVG 矢量图(&amp;S)…</translation>
    </message>
    <message>
        <source>Its &amp;Data as CSV…</source>
        <translation>导出数据为 CSV(&amp;D)…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出“%1”</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 could not be saved to
%2

%3

Training and your settings are unaffected; choose another folder and try again.</source>
        <translation>“%1”无法保存到
%2

%3

训练和你的设置都不受影响；请换一个文件夹再试。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export All Panels to Folder</source>
        <translation>把所有面板导出到文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Not every panel could be saved to
%1

%2

%n file(s) were written before the failure. Training and your settings are unaffected.</source>
        <translation>
            <numerusform>并非所有面板都能保存到
%1

%2

出错之前已写入 %n 个文件。训练和你的设置都不受影响。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个文件保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Scale</source>
        <translation>导出比例(&amp;S)</translation>
    </message>
    <message>
        <source>PNG images are saved at this multiple of the screen&apos;s pixels; SVG and CSV do not change</source>
        <translation>PNG 图片按屏幕像素的此倍数保存；SVG 和 CSV 不变</translation>
    </message>
    <message>
        <source>&amp;%1x</source>
        <translation>&amp;%1x</translation>
    </message>
</context>
<context>
    <name>FindUnitPanel</name>
    <message>
        <source>Inside quotes</source>
        <translation>引号内</translation>
    </message>
    <message>
        <source>Inside brackets</source>
        <translation>括号内</translation>
    </message>
    <message>
        <source>Position in the line</source>
        <translation>行内位置</translation>
    </message>
    <message>
        <source>Just after punctuation</source>
        <translation>紧跟标点之后</translation>
    </message>
    <message>
        <source>First line of a poem</source>
        <translation>诗的首行</translation>
    </message>
    <message>
        <source>1 between quotation marks (&quot;…&quot;, “…”, 「…」, 『…』), else 0.</source>
        <translation>在引号（&quot;…&quot;、“…”、「…」、『…』）之间为 1，否则为 0。</translation>
    </message>
    <message>
        <source>1 inside brackets ((…), […], （…）, 《…》, 【…】), else 0.</source>
        <translation>在括号（(…)、[…]、（…）、《…》、【…】）内为 1，否则为 0。</translation>
    </message>
    <message>
        <source>How many characters of the line have been read: 1, 2, 3 … and 0 at the newline.</source>
        <translation>本行已读的字符数：1、2、3 …，换行处为 0。</translation>
    </message>
    <message>
        <source>1 when the character just read is a punctuation mark (. , ; : ! ? ， 。 、 …), else 0.</source>
        <translation>刚读到的字符是标点（. , ; : ! ? ， 。 、 …）时为 1，否则为 0。</translation>
    </message>
    <message>
        <source>1 on the first line of a poem or paragraph (after a blank line or a % line), else 0.</source>
        <translation>在诗或段落的首行（空行或 % 行之后）为 1，否则为 0。</translation>
    </message>
    <message>
        <source>&amp;Feature:</source>
        <translation>特征(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation>层(&amp;L)：</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>所有层</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>Click a unit to show it in the character view.</source>
        <translation>点击一个单元，在字符视图中显示它。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Find a unit&lt;/b&gt;&lt;p&gt;Which unit tracks a feature of the text? The units are ranked by |r|, the absolute Pearson correlation between the chosen value of a unit and the feature over the characters shown: 1 follows it exactly, 0 not at all. r &amp;gt; 0: the unit rises with the feature; r &amp;lt; 0: it falls. Click a unit to tint the text with it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;寻找单元&lt;/b&gt;&lt;p&gt;哪个单元跟随文本的某个特征？单元按 |r| 排序，即单元所选数值与该特征在所示字符上的皮尔逊相关系数的绝对值：1 表示完全跟随，0 表示毫无关系。r &amp;gt; 0：单元随特征上升；r &amp;lt; 0：随之下降。点击一个单元即用它给文本着色。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>r = %1 · layer %2, unit %3</source>
        <translation>r = %1 · 第 %2 层，单元 %3</translation>
    </message>
    <message>
        <source>It rises with the feature.</source>
        <translation>它随特征上升。</translation>
    </message>
    <message>
        <source>It falls as the feature rises.</source>
        <translation>特征上升时它下降。</translation>
    </message>
    <message>
        <source>Pearson r = %1 between %2 of this unit and “%3” over the %4 characters. %5</source>
        <translation>在 %4 个字符上，此单元的%2与“%3”的皮尔逊 r = %1。%5</translation>
    </message>
    <message>
        <source>No text traced yet.</source>
        <translation>尚无文本记录。</translation>
    </message>
    <message>
        <source>This feature does not change over the %1 characters shown, so no unit can follow it: choose another.</source>
        <translation>此特征在所示 %1 个字符中没有变化，任何单元都无法跟随它：请换一个。</translation>
    </message>
    <message>
        <source>Score: |r|, how closely the value follows the feature over the %1 characters (1: exactly, 0: not at all).</source>
        <translation>得分：|r|，数值在 %1 个字符上跟随特征的程度（1：完全，0：毫无关系）。</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>寻找单元</translation>
    </message>
</context>
<context>
    <name>GateInspector</name>
    <message>
        <source>La&amp;yer</source>
        <translation>层(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单元(&amp;U)</translation>
    </message>
    <message>
        <source>Step &amp;t</source>
        <translation>时间步 &amp;t</translation>
    </message>
    <message>
        <source>All &amp;digits</source>
        <translation>全部位数(&amp;D)</translation>
    </message>
    <message>
        <source>The LSTM layer of the inspected cell (1 reads the signal).</source>
        <translation>所检查的格子所在的 LSTM 层（第 1 层读取信号）。</translation>
    </message>
    <message>
        <source>The unit (row of the heatmaps, from 0): one of the num_units neurons of each gate&apos;s layer.</source>
        <translation>单元（热力图中的行，从 0 开始）：每个门的层里 num_units 个神经元中的一个。</translation>
    </message>
    <message>
        <source>The time step (column of the heatmaps): t = 0 is the oldest sample of the window. Step through it to watch the memory change.</source>
        <translation>时间步（热力图中的列）：t = 0 是窗口中最早的样本。逐步前进，观察记忆如何变化。</translation>
    </message>
    <message>
        <source>Print every digit of every number instead of rounding them. Without it, hovering a number shows all its digits.</source>
        <translation>显示每个数的全部位数，而不是四舍五入。不勾选时，把鼠标停在数上也能看到全部位数。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the cell to inspect here, or click a cell of any gate heatmap.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在这里选择要检查的格子，或者单击任意一张门热力图中的格子。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The cell state c&lt;sub&gt;t−1&lt;/sub&gt; and hidden state h&lt;sub&gt;t−1&lt;/sub&gt; used at step t are this unit&apos;s values at the step before: step with the arrows to follow the memory through the window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;第 t 步用到的细胞状态 c&lt;sub&gt;t−1&lt;/sub&gt; 和隐状态 h&lt;sub&gt;t−1&lt;/sub&gt; 是这个单元在前一步的值：用箭头逐步前进，就能跟着记忆走过整个窗口。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The rounded numbers add up only approximately; all digits show that the equations hold exactly, up to the float arithmetic the network computes in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;四舍五入后的数相加只是近似相等；显示全部位数后可以看到，等式严格成立（在网络所用的浮点运算精度之内）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The equations of the chosen cell with the real numbers of the current network. Hover a number for all its digits.</source>
        <translation>所选格子的方程，代入当前网络的真实数值。把鼠标停在数上可以看到全部位数。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gate Inspector&lt;/b&gt;: how one unit of one layer computed its gates at one time step of the traced window, with the numbers of the network as it is now. It updates with every training snapshot.&lt;/p&gt;&lt;p&gt;Each gate adds two parts before its squashing function: &lt;span style=&apos;color:%1&apos;&gt;the part from the input x&lt;sub&gt;t&lt;/sub&gt;&lt;/span&gt; and &lt;span style=&apos;color:%2&apos;&gt;the part from the previous step&apos;s output h&lt;sub&gt;t−1&lt;/sub&gt;&lt;/span&gt;. Watch which part drives a gate, how the forget gate scales the old memory, and how the new cell state and output follow. The green sentences read the numbers in words.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;门检查器&lt;/b&gt;：某一层的某个单元在所跟踪窗口的某个时间步上如何计算它的各个门，用的是网络此刻的数值。每次训练快照都会更新。&lt;/p&gt;&lt;p&gt;每个门在压缩函数之前把两部分相加：&lt;span style=&apos;color:%1&apos;&gt;来自输入 x&lt;sub&gt;t&lt;/sub&gt; 的部分&lt;/span&gt;和&lt;span style=&apos;color:%2&apos;&gt;来自上一步输出 h&lt;sub&gt;t−1&lt;/sub&gt; 的部分&lt;/span&gt;。看看是哪一部分在驱动门，遗忘门如何缩放旧的记忆，新的细胞状态和输出又如何随之而来。绿色的句子用文字解读这些数。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No gate trace yet: the inspector fills in with the first training snapshot.&lt;/p&gt;</source>
        <translation>&lt;p&gt;还没有门的记录：第一次训练快照到来时，检查器就会填上内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Click any cell of a gate heatmap&lt;/b&gt; to see how that unit computed its gates at that time step, with the real numbers plugged into the equations.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;单击任意一张门热力图中的格子&lt;/b&gt;，就能看到该单元在那个时间步如何计算它的各个门，方程中代入的是真实数值。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Layer %1 · unit %2 · time step t = %3&lt;/b&gt; &lt;span style=&apos;color:#606060&apos;&gt;(steps 0 … %4 of test window %5)&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;第 %1 层 · 单元 %2 · 时间步 t = %3&lt;/b&gt; &lt;span style=&apos;color:#606060&apos;&gt;（测试窗口 %5 的第 0 … %4 步）&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 = %2, the signal sample at this step.</source>
        <translation>%1 = %2，这一步的信号样本。</translation>
    </message>
    <message>
        <source>%1: the %2 input values at this step (the first is %3).</source>
        <translation>%1：这一步的 %2 个输入值（第一个是 %3）。</translation>
    </message>
    <message>
        <source>%1: the output %2 of layer %3 at this step, %4 values; each W·%1 sums over all of them.</source>
        <translation>%1：第 %3 层在这一步的输出 %2，共 %4 个值；每个 W·%1 都对它们全部求和。</translation>
    </message>
    <message>
        <source>%1 = %2 = 0: at t = 0 there is no earlier step, so the part from the previous step is only its bias.</source>
        <translation>%1 = %2 = 0：t = 0 时没有更早的一步，所以来自上一步的部分只有它的偏置。</translation>
    </message>
    <message>
        <source>%1 = %2 and %3 = %4: this unit&apos;s values at step %5.</source>
        <translation>%1 = %2，%3 = %4：这个单元在第 %5 步的值。</translation>
    </message>
    <message>
        <source>from %1: %2 · from %3: %4</source>
        <translation>来自 %1：%2 · 来自 %3：%4</translation>
    </message>
    <message>
        <source> (the bias alone)</source>
        <translation>（只有偏置）</translation>
    </message>
    <message>
        <source> — the larger push comes from %1</source>
        <translation> —— 推动更大的是 %1</translation>
    </message>
    <message>
        <source>The ignore factor lets the learn gate keep %1% of the new information and ignore %2%.</source>
        <translation>忽略因子让学习门保留 %1% 的新信息，忽略 %2%。</translation>
    </message>
    <message>
        <source>The input gate lets in %1% of the cell candidate.</source>
        <translation>输入门放进 %1% 的候选值。</translation>
    </message>
    <message>
        <source>The forget gate keeps %1% of the long-term memory and forgets %2%.</source>
        <translation>遗忘门保留 %1% 的长期记忆，遗忘 %2%。</translation>
    </message>
    <message>
        <source>The forget gate keeps %1% of the old memory c&lt;sub&gt;t−1&lt;/sub&gt;.</source>
        <translation>遗忘门保留 %1% 的旧记忆 c&lt;sub&gt;t−1&lt;/sub&gt;。</translation>
    </message>
    <message>
        <source>it would push the memory up</source>
        <translation>它会把记忆往上推</translation>
    </message>
    <message>
        <source>it would pull the memory down</source>
        <translation>它会把记忆往下拉</translation>
    </message>
    <message>
        <source>The new information the unit could learn now is %1: %2.</source>
        <translation>这个单元此刻可以学到的新信息是 %1：%2。</translation>
    </message>
    <message>
        <source>The cell candidate proposes %1 as new content: %2.</source>
        <translation>候选值提出 %1 作为新内容：%2。</translation>
    </message>
    <message>
        <source> It is saturated, close to ±1.</source>
        <translation>它已饱和，接近 ±1。</translation>
    </message>
    <message>
        <source>The use gate uses %1% of tanh(%2) as the unit&apos;s output.</source>
        <translation>输出门把 tanh(%2) 的 %1% 用作这个单元的输出。</translation>
    </message>
    <message>
        <source>The output gate lets out %1% of tanh(c&lt;sub&gt;t&lt;/sub&gt;) as the output h&lt;sub&gt;t&lt;/sub&gt;.</source>
        <translation>输出门放出 tanh(c&lt;sub&gt;t&lt;/sub&gt;) 的 %1%，作为输出 h&lt;sub&gt;t&lt;/sub&gt;。</translation>
    </message>
    <message>
        <source>%1 of the old value %2</source>
        <translation>旧值 %2 中的 %1</translation>
    </message>
    <message>
        <source>The new short-term memory, this unit&apos;s output at step t, is %1; the next step reads it as %2</source>
        <translation>新的短期记忆，即这个单元在第 t 步的输出，是 %1；下一步把它读作 %2</translation>
    </message>
    <message>
        <source>This unit&apos;s output at step t is %1; the next step reads it as %2</source>
        <translation>这个单元在第 t 步的输出是 %1；下一步把它读作 %2</translation>
    </message>
    <message>
        <source>, and layer %1 reads it as part of its input</source>
        <translation>，第 %1 层也把它作为输入的一部分</translation>
    </message>
    <message>
        <source>. It is part of what the dense head turns into the prediction %1</source>
        <translation>。全连接输出层把它和其他单元的输出一起变成预测值 %1</translation>
    </message>
    <message>
        <source>standard: cell candidate g and input gate i</source>
        <translation>标准名称：候选值 g 和输入门 i</translation>
    </message>
    <message>
        <source>learn gate output</source>
        <translation>学习门输出</translation>
    </message>
    <message>
        <source>The learn gate adds %1 to the long-term memory at this step.</source>
        <translation>这一步，学习门给长期记忆加上 %1。</translation>
    </message>
    <message>
        <source>standard: forget gate f</source>
        <translation>标准名称：遗忘门 f</translation>
    </message>
    <message>
        <source>forget gate output</source>
        <translation>遗忘门输出</translation>
    </message>
    <message>
        <source>Of the long-term memory %1 the forget gate keeps %2.</source>
        <translation>在长期记忆 %1 中，遗忘门保留了 %2。</translation>
    </message>
    <message>
        <source>standard: cell state c</source>
        <translation>标准名称：细胞状态 c</translation>
    </message>
    <message>
        <source>The remember gate adds what the forget gate kept (%1) and what the learn gate learned (%2): the new long-term memory is %3.</source>
        <translation>记忆门把遗忘门保留的 (%1) 和学习门学到的 (%2) 相加：新的长期记忆是 %3。</translation>
    </message>
    <message>
        <source>standard: output gate o and hidden state h</source>
        <translation>标准名称：输出门 o 和隐状态 h</translation>
    </message>
    <message>
        <source>the memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <source>The memory keeps %1 and takes in %2 of new content: it becomes %3.</source>
        <translation>记忆保留了%1，又吸收了 %2 的新内容：变成 %3。</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>.</source>
        <comment>end of the sentence</comment>
        <translation>。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Layer %1 · unit %2 · time step t = %3&lt;/b&gt; &lt;span style=&apos;color:#606060&apos;&gt;(steps 0 … %4 of the text shown; the character read: %5)&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;第 %1 层 · 单元 %2 · 时间步 t = %3&lt;/b&gt; &lt;span style=&apos;color:#606060&apos;&gt;（所示文本的第 0 … %4 步；读到的字符：%5）&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 = onehot(%2): the character read at this step, one of %3 symbols; each W·%1 is the column of W for this character.</source>
        <translation>%1 = onehot(%2)：此步读到的字符，%3 个符号之一；每个 W·%1 就是 W 中该字符对应的那一列。</translation>
    </message>
    <message>
        <source>. It is part of what the softmax head turns into the next character&apos;s probabilities</source>
        <translation>。它是 softmax 输出层转换为下一个字符概率的输入之一</translation>
    </message>
    <message>
        <source>The %1 layer of the inspected unit (1 reads the signal).</source>
        <translation>被检查单元所在的 %1 层（第 1 层读取信号）。</translation>
    </message>
    <message>
        <source>&lt;p&gt;The hidden state h&lt;sub&gt;t−1&lt;/sub&gt; used at step t is this unit&apos;s value at the step before: step with the arrows to follow the memory through the window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;第 t 步用到的隐状态 h&lt;sub&gt;t−1&lt;/sub&gt; 是这个单元在前一步的值：用箭头逐步前进，跟着记忆走过整个窗口。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gate Inspector&lt;/b&gt;: how one unit of one %3 layer computed its values at one time step of the traced window, with the numbers of the network as it is now. It updates with every training snapshot.&lt;/p&gt;&lt;p&gt;Each gate layer adds two parts before its squashing function: &lt;span style=&apos;color:%1&apos;&gt;the part from the input x&lt;sub&gt;t&lt;/sub&gt;&lt;/span&gt; and &lt;span style=&apos;color:%2&apos;&gt;the part from the previous step&apos;s output h&lt;sub&gt;t−1&lt;/sub&gt;&lt;/span&gt;. The %3 has no cell state c: h is its memory. The green sentences read the numbers in words.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;门检查器&lt;/b&gt;：一个 %3 层的一个单元在所追踪窗口的某个时间步如何算出它的值，用的是网络此刻的数字。每次训练快照都会更新。&lt;/p&gt;&lt;p&gt;每个门层在压缩函数之前把两部分相加：&lt;span style=&apos;color:%1&apos;&gt;来自输入 x&lt;sub&gt;t&lt;/sub&gt; 的部分&lt;/span&gt;和&lt;span style=&apos;color:%2&apos;&gt;来自上一步输出 h&lt;sub&gt;t−1&lt;/sub&gt; 的部分&lt;/span&gt;。%3 没有细胞状态 c：h 就是它的记忆。绿色的句子用文字解读这些数字。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 = 0: at t = 0 there is no earlier step, so the part from the previous step is only its bias.</source>
        <translation>%1 = 0：t = 0 时没有更早的一步，所以来自上一步的部分只有它的偏置。</translation>
    </message>
    <message>
        <source>%1 = %2: this unit&apos;s value at step %3 (the %4 has no cell state c).</source>
        <translation>%1 = %2：这个单元在第 %3 步的值（%4 没有细胞状态 c）。</translation>
    </message>
    <message>
        <source>The plain RNN has one tanh layer and no gates: nothing decides what to keep, so every step rewrites the whole memory, and the gradient that reaches early steps is multiplied by W&lt;sub&gt;hh&lt;/sub&gt; and tanh&apos; once per step.</source>
        <translation>普通 RNN 只有一个 tanh 层，没有门：没有什么决定保留什么，所以每一步都改写整个记忆，到达早期时间步的梯度每经过一步都要乘一次 W&lt;sub&gt;hh&lt;/sub&gt; 和 tanh&apos;。</translation>
    </message>
    <message>
        <source>The reset gate lets the candidate read %1% of the recurrent part.</source>
        <translation>重置门让候选值读取循环部分的 %1%。</translation>
    </message>
    <message>
        <source>The update gate keeps %1% of the old memory %2 and takes %3% of the candidate.</source>
        <translation>更新门保留旧记忆 %2 的 %1%，并取用候选值的 %3%。</translation>
    </message>
    <message>
        <source>The memory keeps %1 of the old value %2 and takes in %3 of new content: it becomes %4. The GRU has no separate cell state c: h is its memory.</source>
        <translation>记忆从旧值 %2 中保留 %1，并吸收 %3 的新内容：变为 %4。GRU 没有单独的细胞状态 c：h 就是它的记忆。</translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <source>input gate i</source>
        <translation>输入门 i</translation>
    </message>
    <message>
        <source>forget gate f</source>
        <translation>遗忘门 f</translation>
    </message>
    <message>
        <source>cell candidate g</source>
        <translation>候选值 g</translation>
    </message>
    <message>
        <source>output gate o</source>
        <translation>输出门 o</translation>
    </message>
    <message>
        <source>cell state c</source>
        <translation>细胞状态 c</translation>
    </message>
    <message>
        <source>hidden state h</source>
        <translation>隐状态 h</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>层(&amp;L)：</translation>
    </message>
    <message>
        <source>Which LSTM layer the maps show. Layer 1 reads the signal; each further layer reads the hidden state h of the one before.</source>
        <translation>这些图显示哪一个 LSTM 层。第 1 层读取信号；其后每一层读取前一层的隐状态 h。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every gate of one LSTM layer while it reads one window of the test signal. In each map a row is a unit (one neuron in each of the four gate layers, not a separate cell) and a column is a time step: t = 0 is the oldest sample of the window, the last column the newest, right before the value the network predicts.&lt;/p&gt;&lt;p&gt;Hover a cell for its exact value; click it to mark that unit and time step in all six maps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一个 LSTM 层读取测试信号的一个窗口时，它的每一个门。每张图中，一行是一个单元（四个门层中各一个神经元，而不是一个单独的 cell），一列是一个时间步：t = 0 是窗口中最早的样本，最后一列是最新的样本，紧挨在网络要预测的那个值之前。&lt;/p&gt;&lt;p&gt;把鼠标停在格子上可看到确切数值；单击它，就会在全部六张图中标出这个单元和时间步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Input gate i (0 … 1): how much of the cell candidate g is written into the cell at each time step. Near 1 the unit takes in new information; near 0 it ignores the input.</source>
        <translation>输入门 i（0 … 1）：每个时间步有多少候选值 g 被写入细胞。接近 1 时单元吸收新信息；接近 0 时忽略输入。</translation>
    </message>
    <message>
        <source>Forget gate f (0 … 1): how much of the previous cell state is kept. Near 1 the unit keeps its memory; near 0 it forgets it.</source>
        <translation>遗忘门 f（0 … 1）：上一个细胞状态保留多少。接近 1 时单元保持记忆；接近 0 时遗忘。</translation>
    </message>
    <message>
        <source>Cell candidate g (−1 … 1): the new content proposed for the cell, computed from the input and the previous hidden state. It enters the cell scaled by i.</source>
        <translation>候选值 g（−1 … 1）：由输入和上一个隐状态算出、准备写入细胞的新内容。它乘以 i 后进入细胞。</translation>
    </message>
    <message>
        <source>Output gate o (0 … 1): how much of the cell&apos;s memory is let out as the hidden state h. Near 0 the unit keeps its memory to itself.</source>
        <translation>输出门 o（0 … 1）：细胞的记忆有多少作为隐状态 h 放出去。接近 0 时单元把记忆留给自己。</translation>
    </message>
    <message>
        <source>Cell state c: the unit&apos;s memory, c = f·c_prev + i·g. It is not limited to −1 … 1; the line under the title gives its actual range, and the colours widen to cover it.</source>
        <translation>细胞状态 c：单元的记忆，c = f·c_prev + i·g。它不局限于 −1 … 1；标题下方一行给出它的实际范围，颜色也会放宽以覆盖它。</translation>
    </message>
    <message>
        <source>Hidden state h (−1 … 1): the layer&apos;s output, h = o·tanh(c). The next layer and the prediction see only this.</source>
        <translation>隐状态 h（−1 … 1）：这一层的输出，h = o·tanh(c)。下一层和预测看到的只有它。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Input gate i&lt;/b&gt; = σ(W&lt;sub&gt;ii&lt;/sub&gt;x + W&lt;sub&gt;hi&lt;/sub&gt;h&lt;sub&gt;prev&lt;/sub&gt; + b), between 0 and 1, bright = open.&lt;/p&gt;&lt;p&gt;It decides how much of the cell candidate g enters the memory. Look for units whose i opens only at certain phases of the sine: they write into their memory at those moments. A unit stuck near 0 takes in nothing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;输入门 i&lt;/b&gt; = σ(W&lt;sub&gt;ii&lt;/sub&gt;x + W&lt;sub&gt;hi&lt;/sub&gt;h&lt;sub&gt;prev&lt;/sub&gt; + b)，介于 0 和 1 之间，亮 = 打开。&lt;/p&gt;&lt;p&gt;它决定候选值 g 有多少进入记忆。留意那些 i 只在正弦的某些相位才打开的单元：它们在那些时刻写入记忆。一直停在 0 附近的单元什么也不吸收。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Forget gate f&lt;/b&gt; = σ(W&lt;sub&gt;if&lt;/sub&gt;x + W&lt;sub&gt;hf&lt;/sub&gt;h&lt;sub&gt;prev&lt;/sub&gt; + b), between 0 and 1, bright = keep.&lt;/p&gt;&lt;p&gt;f near 1 means the unit keeps its memory from step to step; near 0 it wipes it. Units with f near 1 across the whole window carry information over many steps; a dark column shows the moment a unit resets.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;遗忘门 f&lt;/b&gt; = σ(W&lt;sub&gt;if&lt;/sub&gt;x + W&lt;sub&gt;hf&lt;/sub&gt;h&lt;sub&gt;prev&lt;/sub&gt; + b)，介于 0 和 1 之间，亮 = 保留。&lt;/p&gt;&lt;p&gt;f 接近 1 表示单元一步步保持它的记忆；接近 0 则清空记忆。整个窗口里 f 都接近 1 的单元能把信息带过许多步；暗的一列表示某个单元在那一刻重置。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cell candidate g&lt;/b&gt; = tanh(W&lt;sub&gt;ig&lt;/sub&gt;x + W&lt;sub&gt;hg&lt;/sub&gt;h&lt;sub&gt;prev&lt;/sub&gt; + b), between −1 (blue) and 1 (red).&lt;/p&gt;&lt;p&gt;The new content the unit could store. It only reaches the memory where i is open, so read it together with the input gate map. Values pinned at ±1 mean the unit is saturated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;候选值 g&lt;/b&gt; = tanh(W&lt;sub&gt;ig&lt;/sub&gt;x + W&lt;sub&gt;hg&lt;/sub&gt;h&lt;sub&gt;prev&lt;/sub&gt; + b)，介于 −1（蓝）和 1（红）之间。&lt;/p&gt;&lt;p&gt;单元可以存入的新内容。只有在 i 打开的地方它才进入记忆，所以要和输入门那张图对照着看。数值钉在 ±1 表示单元已经饱和。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Output gate o&lt;/b&gt; = σ(W&lt;sub&gt;io&lt;/sub&gt;x + W&lt;sub&gt;ho&lt;/sub&gt;h&lt;sub&gt;prev&lt;/sub&gt; + b), between 0 and 1, bright = open.&lt;/p&gt;&lt;p&gt;It decides how much of the memory is shown to the rest of the network as h. A unit can hold something in c while o is closed and reveal it later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;输出门 o&lt;/b&gt; = σ(W&lt;sub&gt;io&lt;/sub&gt;x + W&lt;sub&gt;ho&lt;/sub&gt;h&lt;sub&gt;prev&lt;/sub&gt; + b)，介于 0 和 1 之间，亮 = 打开。&lt;/p&gt;&lt;p&gt;它决定记忆有多少以 h 的形式展示给网络的其余部分。o 关闭时，单元可以把东西藏在 c 里，以后再显露出来。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cell state c&lt;/b&gt; = f·c&lt;sub&gt;prev&lt;/sub&gt; + i·g: the unit&apos;s memory.&lt;/p&gt;&lt;p&gt;Unlike the gates it has no fixed bounds: it can grow when f stays near 1 and i keeps adding. The colours are symmetric around 0 (blue negative, red positive), −1 … 1 or wider to cover the actual values, which the line under the title and the triangles beside the colour bar give. Slowly drifting rows show units that accumulate the input over time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;细胞状态 c&lt;/b&gt; = f·c&lt;sub&gt;prev&lt;/sub&gt; + i·g：单元的记忆。&lt;/p&gt;&lt;p&gt;与各个门不同，它没有固定的界限：f 一直接近 1、i 又不断往里加时，它就会增长。颜色以 0 为中心对称（蓝为负，红为正），范围是 −1 … 1，或为覆盖实际数值而更宽；实际数值由标题下方一行和色条旁的三角形给出。缓慢漂移的行说明这些单元在随时间累积输入。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hidden state h&lt;/b&gt; = o·tanh(c), between −1 (blue) and 1 (red).&lt;/p&gt;&lt;p&gt;The layer&apos;s output: the next layer reads it, and the last column of the last layer is what the prediction is made from. Rows that follow the sine show units tracking the signal; rows shifted in phase are what lets the network look ahead.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;隐状态 h&lt;/b&gt; = o·tanh(c)，介于 −1（蓝）和 1（红）之间。&lt;/p&gt;&lt;p&gt;这一层的输出：下一层读取它，最后一层的最后一列就是预测的依据。随正弦起伏的行说明这些单元在跟踪信号；相位错开的行让网络能够往前看。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rows are units, columns are time steps of the window shown above the maps. Hover a cell for layer, unit, time step and exact value; click it to mark it in all six maps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;行是单元，列是图上方所示窗口的时间步。把鼠标停在格子上可看到层、单元、时间步和确切数值；单击它，就会在全部六张图中标出它。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No gate trace yet: the maps fill in with the first training snapshot.</source>
        <translation>还没有门的记录：第一次训练快照到来时，这些图就会填上。</translation>
    </message>
    <message>
        <source>No gate trace yet.</source>
        <translation>还没有门的记录。</translation>
    </message>
    <message>
        <source>Test window %1</source>
        <translation>测试窗口 %1</translation>
    </message>
    <message>
        <source>%1: x = %2</source>
        <translation>%1：x = %2</translation>
    </message>
    <message>
        <source>%1: x = %2 … %3</source>
        <translation>%1：x = %2 … %3</translation>
    </message>
    <message>
        <source>next sample %1, predicted %2</source>
        <translation>下一个样本 %1，预测值 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>窗口 %1</translation>
    </message>
    <message>
        <source>%1
The maps show the network reading this window of the test signal, its oldest sample at t = 0.</source>
        <translation>%1
这些图显示网络读取测试信号这个窗口时的情形，最早的样本在 t = 0。</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>门</translation>
    </message>
    <message>
        <source>%1 · the first %2 of %3 units</source>
        <translation>%1 · %3 个单元中的前 %2 个</translation>
    </message>
    <message>
        <source>U&amp;nits:</source>
        <translation>单元(&amp;N)：</translation>
    </message>
    <message>
        <source>As many as fit</source>
        <translation>放得下的全部</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Top 16</source>
        <translation>最活跃 16 个</translation>
    </message>
    <message>
        <source>Top 32</source>
        <translation>最活跃 32 个</translation>
    </message>
    <message>
        <source>Top 64</source>
        <translation>最活跃 64 个</translation>
    </message>
    <message>
        <source>Which units the maps show. Top k: the k units with the largest mean |h| over the shown window, in unit order, each row labelled with its unit number. As many as fit: all units when each row gets at least %1 pixels, else the most active units that fit.</source>
        <translation>各图显示哪些单元。最活跃 k 个：在所示窗口上平均 |h| 最大的 k 个单元，按单元编号排列，每行标出其单元编号。放得下的全部：每行至少有 %1 像素时显示全部单元，否则显示放得下的最活跃单元。</translation>
    </message>
    <message>
        <source>%1 · layer %2</source>
        <translation>%1 · 第 %2 层</translation>
    </message>
    <message>
        <source>Which %1 layer the maps show. Layer 1 reads the signal; each further layer reads the hidden state h of the one before.</source>
        <translation>热力图显示哪一个 %1 层。第 1 层读取信号；之后每一层读取前一层的隐状态 h。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every value one %1 layer computes while it reads one window of the test signal: %2. In each map a row is a unit and a column is a time step: t = 0 is the oldest sample of the window, the last column the newest.&lt;/p&gt;&lt;p&gt;The %1 has no cell state c, so the LSTM&apos;s maps of c and of its four gates are not shown. Hover a cell for its exact value; click it to inspect it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一个 %1 层读取测试信号的一个窗口时算出的每个值：%2。每张图中一行是一个单元，一列是一个时间步：t = 0 是窗口中最早的样本，最后一列是最新的。&lt;/p&gt;&lt;p&gt;%1 没有细胞状态 c，所以不显示 LSTM 的 c 图和四个门的图。鼠标悬停在格子上可看精确值；单击可在门检查器中查看。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>GateVocabulary</name>
    <message>
        <source>&amp;Learn, Forget, Remember, Use (as in the Notes)</source>
        <translation>学习门、遗忘门、记忆门、输出门（笔记的叫法）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Standard Names (Input, Forget, Candidate, Output)</source>
        <translation>标准名称（输入门、遗忘门、候选值、输出门）(&amp;S)</translation>
    </message>
    <message>
        <source>Name the gates as the seed notes and Udacity&apos;s course do: learn gate (new information N and ignore factor i), forget gate, remember gate (long-term memory LTM) and use gate (short-term memory STM).</source>
        <translation>按笔记和 Udacity 课程的叫法给门命名：学习门（新信息 N 和忽略因子 i）、遗忘门、记忆门（长期记忆 LTM）和输出门（短期记忆 STM；Udacity 称 use gate）。</translation>
    </message>
    <message>
        <source>Name the gates as PyTorch and most papers do: input gate i, forget gate f, cell candidate g, output gate o, cell state c and hidden state h.</source>
        <translation>按 PyTorch 和大多数论文的叫法给门命名：输入门 i、遗忘门 f、候选值 g、输出门 o、细胞状态 c 和隐状态 h。</translation>
    </message>
    <message>
        <source>learn gate: ignore factor i</source>
        <translation>学习门：忽略因子 i</translation>
    </message>
    <message>
        <source>forget gate: forget factor f</source>
        <translation>遗忘门：遗忘因子 f</translation>
    </message>
    <message>
        <source>learn gate: new information N (g)</source>
        <translation>学习门：新信息 N (g)</translation>
    </message>
    <message>
        <source>use gate: output factor o</source>
        <translation>输出门：输出因子 o</translation>
    </message>
    <message>
        <source>remember gate: LTM (c)</source>
        <translation>记忆门：长期记忆 LTM (c)</translation>
    </message>
    <message>
        <source>use gate: STM (h)</source>
        <translation>输出门：短期记忆 STM (h)</translation>
    </message>
    <message>
        <source>input gate i</source>
        <translation>输入门 i</translation>
    </message>
    <message>
        <source>forget gate f</source>
        <translation>遗忘门 f</translation>
    </message>
    <message>
        <source>cell candidate g</source>
        <translation>候选值 g</translation>
    </message>
    <message>
        <source>output gate o</source>
        <translation>输出门 o</translation>
    </message>
    <message>
        <source>cell state c</source>
        <translation>细胞状态 c</translation>
    </message>
    <message>
        <source>hidden state h</source>
        <translation>隐状态 h</translation>
    </message>
    <message>
        <source>Learn gate, ignore factor i (0 … 1): the share of the new information N the unit learns at each step; the learn gate&apos;s output is N·i. Near 0 it ignores what it sees. (Standard name: input gate i.)</source>
        <translation>学习门，忽略因子 i（0 … 1）：单元在每一步学进去的新信息 N 所占的比例；学习门的输出是 N·i。接近 0 时，它对看到的东西视而不见。（标准名称：输入门 i。）</translation>
    </message>
    <message>
        <source>Forget gate, forget factor f (0 … 1): the share of the long-term memory LTM kept from the step before; the forget gate&apos;s output is LTM·f. Near 1 the unit remembers, near 0 it forgets. (Standard name: forget gate f.)</source>
        <translation>遗忘门，遗忘因子 f（0 … 1）：从上一步保留下来的长期记忆 LTM 所占的比例；遗忘门的输出是 LTM·f。接近 1 时单元记住，接近 0 时遗忘。（标准名称：遗忘门 f。）</translation>
    </message>
    <message>
        <source>Learn gate, new information N (−1 … 1): what the unit could learn now from the short-term memory STM and the input. It is learned scaled by the ignore factor i. (Standard name: cell candidate g.)</source>
        <translation>学习门，新信息 N（−1 … 1）：单元此刻能从短期记忆 STM 和输入中学到的东西。它乘以忽略因子 i 后才被学进去。（标准名称：候选值 g。）</translation>
    </message>
    <message>
        <source>Use gate, output factor o (0 … 1): how much of the long-term memory the unit uses as its output STM = o·tanh(LTM). (Standard name: output gate o.)</source>
        <translation>输出门，输出因子 o（0 … 1）：单元把多少长期记忆用作它的输出 STM = o·tanh(LTM)。（标准名称：输出门 o。）</translation>
    </message>
    <message>
        <source>Remember gate output, the long-term memory LTM: LTM = LTM_prev·f + N·i, what the forget gate kept plus what the learn gate learned. Not limited to −1 … 1. (Standard name: cell state c.)</source>
        <translation>记忆门的输出，即长期记忆 LTM：LTM = LTM_prev·f + N·i，遗忘门保留的加上学习门学到的。不局限于 −1 … 1。（标准名称：细胞状态 c。）</translation>
    </message>
    <message>
        <source>Use gate output, the short-term memory STM (−1 … 1): the layer&apos;s output, STM = o·tanh(LTM). The next step, the next layer and the prediction see only this. (Standard name: hidden state h.)</source>
        <translation>输出门的输出，即短期记忆 STM（−1 … 1）：这一层的输出，STM = o·tanh(LTM)。下一步、下一层和预测看到的只有它。（标准名称：隐状态 h。）</translation>
    </message>
    <message>
        <source>Input gate i (0 … 1): how much of the cell candidate g is written into the cell at each time step. Near 1 the unit takes in new information; near 0 it ignores the input.</source>
        <translation>输入门 i（0 … 1）：每个时间步有多少候选值 g 被写入细胞。接近 1 时单元吸收新信息；接近 0 时忽略输入。</translation>
    </message>
    <message>
        <source>Forget gate f (0 … 1): how much of the previous cell state is kept. Near 1 the unit keeps its memory; near 0 it forgets it.</source>
        <translation>遗忘门 f（0 … 1）：上一个细胞状态保留多少。接近 1 时单元保持记忆；接近 0 时遗忘。</translation>
    </message>
    <message>
        <source>Cell candidate g (−1 … 1): the new content proposed for the cell, computed from the input and the previous hidden state. It enters the cell scaled by i.</source>
        <translation>候选值 g（−1 … 1）：由输入和上一个隐状态算出、准备写入细胞的新内容。它乘以 i 后进入细胞。</translation>
    </message>
    <message>
        <source>Output gate o (0 … 1): how much of the cell&apos;s memory is let out as the hidden state h. Near 0 the unit keeps its memory to itself.</source>
        <translation>输出门 o（0 … 1）：细胞的记忆有多少作为隐状态 h 放出去。接近 0 时单元把记忆留给自己。</translation>
    </message>
    <message>
        <source>Cell state c: the unit&apos;s memory, c = f·c_prev + i·g. It is not limited to −1 … 1; the line under the title gives its actual range.</source>
        <translation>细胞状态 c：单元的记忆，c = f·c_prev + i·g。它不局限于 −1 … 1；标题下方一行给出它的实际范围。</translation>
    </message>
    <message>
        <source>Hidden state h (−1 … 1): the layer&apos;s output, h = o·tanh(c). The next step, the next layer and the prediction see only this.</source>
        <translation>隐状态 h（−1 … 1）：这一层的输出，h = o·tanh(c)。下一步、下一层和预测看到的只有它。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a cell: the Gate Inspector shows how this unit computed it at that step, with the real numbers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;单击一个格子：门检查器会用真实数值展示这个单元在那一步是如何算出它的。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Learn gate, ignore factor i&lt;/b&gt; = σ(W&lt;sub&gt;ii&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;ii&lt;/sub&gt; + W&lt;sub&gt;hi&lt;/sub&gt;STM&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hi&lt;/sub&gt;), between 0 and 1, bright = learn. Its standard name is the input gate i.&lt;/p&gt;&lt;p&gt;The learn gate joins the short-term memory STM&lt;sub&gt;t−1&lt;/sub&gt; and the current input x&lt;sub&gt;t&lt;/sub&gt; into new information N and multiplies it by this factor: N·i is what the unit learns at this step. Look for units whose factor opens only at certain phases of the sine: they learn at those moments. A unit stuck near 0 ignores everything.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;学习门，忽略因子 i&lt;/b&gt; = σ(W&lt;sub&gt;ii&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;ii&lt;/sub&gt; + W&lt;sub&gt;hi&lt;/sub&gt;STM&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hi&lt;/sub&gt;)，介于 0 和 1 之间，亮 = 学习。它的标准名称是输入门 i。&lt;/p&gt;&lt;p&gt;学习门把短期记忆 STM&lt;sub&gt;t−1&lt;/sub&gt; 和当前输入 x&lt;sub&gt;t&lt;/sub&gt;（笔记中的“当前事件”）结合成新信息 N，再乘以这个因子：N·i 就是单元在这一步学到的东西。留意那些只在正弦的某些相位才打开的单元：它们在那些时刻学习。一直停在 0 附近的单元什么都不理会。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Forget gate, forget factor f&lt;/b&gt; = σ(W&lt;sub&gt;if&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;if&lt;/sub&gt; + W&lt;sub&gt;hf&lt;/sub&gt;STM&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hf&lt;/sub&gt;), between 0 and 1, bright = keep. Its standard name is the forget gate f.&lt;/p&gt;&lt;p&gt;The forget gate multiplies the long-term memory LTM&lt;sub&gt;t−1&lt;/sub&gt; by f: near 1 the unit remembers, near 0 it forgets. A row bright across the whole window carries information over many steps; a dark column shows the moment a unit wipes its memory.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;遗忘门，遗忘因子 f&lt;/b&gt; = σ(W&lt;sub&gt;if&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;if&lt;/sub&gt; + W&lt;sub&gt;hf&lt;/sub&gt;STM&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hf&lt;/sub&gt;)，介于 0 和 1 之间，亮 = 保留。它的标准名称是遗忘门 f。&lt;/p&gt;&lt;p&gt;遗忘门把长期记忆 LTM&lt;sub&gt;t−1&lt;/sub&gt; 乘以 f：接近 1 时单元记住，接近 0 时遗忘。整个窗口都亮的一行能把信息带过许多步；暗的一列表示某个单元在那一刻清空了记忆。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Learn gate, new information N&lt;/b&gt; = tanh(W&lt;sub&gt;ig&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;ig&lt;/sub&gt; + W&lt;sub&gt;hg&lt;/sub&gt;STM&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hg&lt;/sub&gt;), between −1 (blue) and 1 (red). Its standard name is the cell candidate g; the notes call it N&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;What the unit could learn now. It reaches the long-term memory only multiplied by the ignore factor i, so read it together with that map. Values pinned at ±1 mean the unit is saturated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;学习门，新信息 N&lt;/b&gt; = tanh(W&lt;sub&gt;ig&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;ig&lt;/sub&gt; + W&lt;sub&gt;hg&lt;/sub&gt;STM&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hg&lt;/sub&gt;)，介于 −1（蓝）和 1（红）之间。它的标准名称是候选值 g；笔记里叫 N&lt;sub&gt;t&lt;/sub&gt;。&lt;/p&gt;&lt;p&gt;单元此刻可以学到的东西。它只有乘以忽略因子 i 才能进入长期记忆，所以要和那张图对照着看。数值钉在 ±1 表示单元已经饱和。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Use gate, output factor o&lt;/b&gt; = σ(W&lt;sub&gt;io&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;io&lt;/sub&gt; + W&lt;sub&gt;ho&lt;/sub&gt;STM&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;ho&lt;/sub&gt;), between 0 and 1, bright = use. Its standard name is the output gate o.&lt;/p&gt;&lt;p&gt;The use gate decides how much of the long-term memory becomes the unit&apos;s output: STM&lt;sub&gt;t&lt;/sub&gt; = o·tanh(LTM&lt;sub&gt;t&lt;/sub&gt;). A unit can hold something in LTM while o is closed and use it later. (Udacity&apos;s drawing passes the memory through a small tanh layer of its own; in PyTorch&apos;s LSTM, used here, it is tanh alone.)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;输出门，输出因子 o&lt;/b&gt; = σ(W&lt;sub&gt;io&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;io&lt;/sub&gt; + W&lt;sub&gt;ho&lt;/sub&gt;STM&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;ho&lt;/sub&gt;)，介于 0 和 1 之间，亮 = 使用。它的标准名称也是输出门 o。&lt;/p&gt;&lt;p&gt;输出门决定长期记忆有多少成为单元的输出：STM&lt;sub&gt;t&lt;/sub&gt; = o·tanh(LTM&lt;sub&gt;t&lt;/sub&gt;)。o 关闭时，单元可以把东西存在 LTM 里，以后再用。（Udacity 的图里记忆还要经过一个自带权重的小 tanh 层；这里用的 PyTorch LSTM 只有 tanh 本身。）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Remember gate output: the long-term memory LTM&lt;/b&gt;, LTM&lt;sub&gt;t&lt;/sub&gt; = LTM&lt;sub&gt;t−1&lt;/sub&gt;·f + N·i. Its standard name is the cell state c.&lt;/p&gt;&lt;p&gt;The remember gate adds what the forget gate kept and what the learn gate learned. It has no fixed bounds: it grows when f stays near 1 and the learn gate keeps adding. The colours are symmetric around 0 (blue negative, red positive), widened to cover the actual values. Slowly drifting rows show units that accumulate the input over time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;记忆门的输出：长期记忆 LTM&lt;/b&gt;，LTM&lt;sub&gt;t&lt;/sub&gt; = LTM&lt;sub&gt;t−1&lt;/sub&gt;·f + N·i。它的标准名称是细胞状态 c。&lt;/p&gt;&lt;p&gt;记忆门把遗忘门保留的和学习门学到的相加。它没有固定的界限：f 一直接近 1、学习门又不断往里加时，它就会增长。颜色以 0 为中心对称（蓝为负，红为正），并会放宽以覆盖实际数值。缓慢漂移的行说明这些单元在随时间累积输入。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Use gate output: the short-term memory STM&lt;/b&gt; = o·tanh(LTM), between −1 (blue) and 1 (red). Its standard name is the hidden state h.&lt;/p&gt;&lt;p&gt;The layer&apos;s output: the gates of the next step read it as STM&lt;sub&gt;t−1&lt;/sub&gt;, the next layer reads it as its input, and the last column of the last layer is what the prediction is made from. Rows that follow the sine show units tracking the signal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;输出门的输出：短期记忆 STM&lt;/b&gt; = o·tanh(LTM)，介于 −1（蓝）和 1（红）之间。它的标准名称是隐状态 h。&lt;/p&gt;&lt;p&gt;这一层的输出：下一步的各个门把它读作 STM&lt;sub&gt;t−1&lt;/sub&gt;，下一层把它当作输入，最后一层的最后一列就是预测的依据。随正弦起伏的行说明这些单元在跟踪信号。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Input gate i&lt;/b&gt; = σ(W&lt;sub&gt;ii&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;ii&lt;/sub&gt; + W&lt;sub&gt;hi&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hi&lt;/sub&gt;), between 0 and 1, bright = open.&lt;/p&gt;&lt;p&gt;It decides how much of the cell candidate g enters the memory. Look for units whose i opens only at certain phases of the sine: they write into their memory at those moments. A unit stuck near 0 takes in nothing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;输入门 i&lt;/b&gt; = σ(W&lt;sub&gt;ii&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;ii&lt;/sub&gt; + W&lt;sub&gt;hi&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hi&lt;/sub&gt;)，介于 0 和 1 之间，亮 = 打开。&lt;/p&gt;&lt;p&gt;它决定候选值 g 有多少进入记忆。留意那些 i 只在正弦的某些相位才打开的单元：它们在那些时刻写入记忆。一直停在 0 附近的单元什么也不吸收。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Forget gate f&lt;/b&gt; = σ(W&lt;sub&gt;if&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;if&lt;/sub&gt; + W&lt;sub&gt;hf&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hf&lt;/sub&gt;), between 0 and 1, bright = keep.&lt;/p&gt;&lt;p&gt;f near 1 means the unit keeps its memory from step to step; near 0 it wipes it. Units with f near 1 across the whole window carry information over many steps; a dark column shows the moment a unit resets.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;遗忘门 f&lt;/b&gt; = σ(W&lt;sub&gt;if&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;if&lt;/sub&gt; + W&lt;sub&gt;hf&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hf&lt;/sub&gt;)，介于 0 和 1 之间，亮 = 保留。&lt;/p&gt;&lt;p&gt;f 接近 1 表示单元一步步保持它的记忆；接近 0 则清空记忆。整个窗口里 f 都接近 1 的单元能把信息带过许多步；暗的一列表示某个单元在那一刻重置。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cell candidate g&lt;/b&gt; = tanh(W&lt;sub&gt;ig&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;ig&lt;/sub&gt; + W&lt;sub&gt;hg&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hg&lt;/sub&gt;), between −1 (blue) and 1 (red).&lt;/p&gt;&lt;p&gt;The new content the unit could store. It only reaches the memory where i is open, so read it together with the input gate map. Values pinned at ±1 mean the unit is saturated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;候选值 g&lt;/b&gt; = tanh(W&lt;sub&gt;ig&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;ig&lt;/sub&gt; + W&lt;sub&gt;hg&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hg&lt;/sub&gt;)，介于 −1（蓝）和 1（红）之间。&lt;/p&gt;&lt;p&gt;单元可以存入的新内容。只有在 i 打开的地方它才进入记忆，所以要和输入门那张图对照着看。数值钉在 ±1 表示单元已经饱和。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Output gate o&lt;/b&gt; = σ(W&lt;sub&gt;io&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;io&lt;/sub&gt; + W&lt;sub&gt;ho&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;ho&lt;/sub&gt;), between 0 and 1, bright = open.&lt;/p&gt;&lt;p&gt;It decides how much of the memory is shown to the rest of the network as h. A unit can hold something in c while o is closed and reveal it later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;输出门 o&lt;/b&gt; = σ(W&lt;sub&gt;io&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;io&lt;/sub&gt; + W&lt;sub&gt;ho&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;ho&lt;/sub&gt;)，介于 0 和 1 之间，亮 = 打开。&lt;/p&gt;&lt;p&gt;它决定记忆有多少以 h 的形式展示给网络的其余部分。o 关闭时，单元可以把东西藏在 c 里，以后再显露出来。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cell state c&lt;/b&gt;, c&lt;sub&gt;t&lt;/sub&gt; = f·c&lt;sub&gt;t−1&lt;/sub&gt; + i·g: the unit&apos;s memory.&lt;/p&gt;&lt;p&gt;Unlike the gates it has no fixed bounds: it can grow when f stays near 1 and i keeps adding. The colours are symmetric around 0 (blue negative, red positive), widened to cover the actual values. Slowly drifting rows show units that accumulate the input over time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;细胞状态 c&lt;/b&gt;，c&lt;sub&gt;t&lt;/sub&gt; = f·c&lt;sub&gt;t−1&lt;/sub&gt; + i·g：单元的记忆。&lt;/p&gt;&lt;p&gt;与各个门不同，它没有固定的界限：f 一直接近 1、i 又不断往里加时，它就会增长。颜色以 0 为中心对称（蓝为负，红为正），并会放宽以覆盖实际数值。缓慢漂移的行说明这些单元在随时间累积输入。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hidden state h&lt;/b&gt; = o·tanh(c), between −1 (blue) and 1 (red).&lt;/p&gt;&lt;p&gt;The layer&apos;s output: the gates of the next step read it as h&lt;sub&gt;t−1&lt;/sub&gt;, the next layer reads it as its input, and the last column of the last layer is what the prediction is made from. Rows that follow the sine show units tracking the signal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;隐状态 h&lt;/b&gt; = o·tanh(c)，介于 −1（蓝）和 1（红）之间。&lt;/p&gt;&lt;p&gt;这一层的输出：下一步的各个门把它读作 h&lt;sub&gt;t−1&lt;/sub&gt;，下一层把它当作输入，最后一层的最后一列就是预测的依据。随正弦起伏的行说明这些单元在跟踪信号。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LTM&lt;sub&gt;t&lt;/sub&gt;</source>
        <translation>LTM&lt;sub&gt;t&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>STM&lt;sub&gt;t&lt;/sub&gt;</source>
        <translation>STM&lt;sub&gt;t&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>LTM&lt;sub&gt;t−1&lt;/sub&gt;</source>
        <translation>LTM&lt;sub&gt;t−1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>STM&lt;sub&gt;t−1&lt;/sub&gt;</source>
        <translation>STM&lt;sub&gt;t−1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>the ignore factor</source>
        <translation>忽略因子</translation>
    </message>
    <message>
        <source>the forget factor</source>
        <translation>遗忘因子</translation>
    </message>
    <message>
        <source>the new information</source>
        <translation>新信息</translation>
    </message>
    <message>
        <source>the output factor</source>
        <translation>输出因子</translation>
    </message>
    <message>
        <source>the long-term memory</source>
        <translation>长期记忆</translation>
    </message>
    <message>
        <source>the short-term memory</source>
        <translation>短期记忆</translation>
    </message>
    <message>
        <source>the input gate</source>
        <translation>输入门</translation>
    </message>
    <message>
        <source>the forget gate</source>
        <translation>遗忘门</translation>
    </message>
    <message>
        <source>the cell candidate</source>
        <translation>候选值</translation>
    </message>
    <message>
        <source>the output gate</source>
        <translation>输出门</translation>
    </message>
    <message>
        <source>the cell state</source>
        <translation>细胞状态</translation>
    </message>
    <message>
        <source>the hidden state</source>
        <translation>隐状态</translation>
    </message>
    <message>
        <source>Learn gate</source>
        <translation>学习门</translation>
    </message>
    <message>
        <source>Forget gate</source>
        <translation>遗忘门</translation>
    </message>
    <message>
        <source>Remember gate</source>
        <translation>记忆门</translation>
    </message>
    <message>
        <source>Use gate</source>
        <translation>输出门</translation>
    </message>
    <message>
        <source>&lt;b&gt;Learn gate&lt;/b&gt;</source>
        <translation>&lt;b&gt;学习门&lt;/b&gt;</translation>
    </message>
    <message>
        <source>new information N&lt;sub&gt;t&lt;/sub&gt; times the ignore factor i&lt;sub&gt;t&lt;/sub&gt;</source>
        <translation>新信息 N&lt;sub&gt;t&lt;/sub&gt; 乘以忽略因子 i&lt;sub&gt;t&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>g&lt;sub&gt;t&lt;/sub&gt;·i&lt;sub&gt;t&lt;/sub&gt;: the cell candidate times the input gate</source>
        <translation>g&lt;sub&gt;t&lt;/sub&gt;·i&lt;sub&gt;t&lt;/sub&gt;：候选值乘以输入门</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forget gate&lt;/b&gt;</source>
        <translation>&lt;b&gt;遗忘门&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the long-term memory LTM&lt;sub&gt;t−1&lt;/sub&gt; times the forget factor f&lt;sub&gt;t&lt;/sub&gt;</source>
        <translation>长期记忆 LTM&lt;sub&gt;t−1&lt;/sub&gt; 乘以遗忘因子 f&lt;sub&gt;t&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>f&lt;sub&gt;t&lt;/sub&gt;·c&lt;sub&gt;t−1&lt;/sub&gt;: the forget gate times the previous cell state</source>
        <translation>f&lt;sub&gt;t&lt;/sub&gt;·c&lt;sub&gt;t−1&lt;/sub&gt;：遗忘门乘以上一个细胞状态</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remember gate&lt;/b&gt;</source>
        <translation>&lt;b&gt;记忆门&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the new long-term memory LTM&lt;sub&gt;t&lt;/sub&gt;: forget gate output plus learn gate output</source>
        <translation>新的长期记忆 LTM&lt;sub&gt;t&lt;/sub&gt;：遗忘门输出加上学习门输出</translation>
    </message>
    <message>
        <source>c&lt;sub&gt;t&lt;/sub&gt; = f&lt;sub&gt;t&lt;/sub&gt;·c&lt;sub&gt;t−1&lt;/sub&gt; + i&lt;sub&gt;t&lt;/sub&gt;·g&lt;sub&gt;t&lt;/sub&gt;: the new cell state</source>
        <translation>c&lt;sub&gt;t&lt;/sub&gt; = f&lt;sub&gt;t&lt;/sub&gt;·c&lt;sub&gt;t−1&lt;/sub&gt; + i&lt;sub&gt;t&lt;/sub&gt;·g&lt;sub&gt;t&lt;/sub&gt;：新的细胞状态</translation>
    </message>
    <message>
        <source>&lt;b&gt;Use gate&lt;/b&gt;</source>
        <translation>&lt;b&gt;输出门&lt;/b&gt;（use gate）</translation>
    </message>
    <message>
        <source>the new short-term memory STM&lt;sub&gt;t&lt;/sub&gt;: the output factor times tanh(LTM&lt;sub&gt;t&lt;/sub&gt;)</source>
        <translation>新的短期记忆 STM&lt;sub&gt;t&lt;/sub&gt;：输出因子乘以 tanh(LTM&lt;sub&gt;t&lt;/sub&gt;)</translation>
    </message>
    <message>
        <source>h&lt;sub&gt;t&lt;/sub&gt; = o&lt;sub&gt;t&lt;/sub&gt;·tanh(c&lt;sub&gt;t&lt;/sub&gt;): the output gate times tanh of the cell state, the hidden state</source>
        <translation>h&lt;sub&gt;t&lt;/sub&gt; = o&lt;sub&gt;t&lt;/sub&gt;·tanh(c&lt;sub&gt;t&lt;/sub&gt;)：输出门乘以细胞状态的 tanh，即隐状态</translation>
    </message>
    <message>
        <source>&lt;p&gt;LSTM Lab speaks two vocabularies; &lt;i&gt;View › Gate Names&lt;/i&gt; switches every label between them. The &lt;b&gt;standard names&lt;/b&gt; are PyTorch&apos;s and most papers&apos;: input gate i, forget gate f, cell candidate g, output gate o, cell state c, hidden state h. The seed notes use the names of Udacity&apos;s course, where a &lt;i&gt;gate&lt;/i&gt; is a whole step of the cell&apos;s work, products and sums included:&lt;/p&gt;</source>
        <translation>&lt;p&gt;LSTM 实验室有两套叫法；&lt;i&gt;视图 › 门的名称&lt;/i&gt;可以把所有标签在两者之间切换。&lt;b&gt;标准名称&lt;/b&gt;来自 PyTorch 和大多数论文：输入门 i、遗忘门 f、候选值 g、输出门 o、细胞状态 c、隐状态 h。笔记采用 Udacity 课程的叫法（学习门 learn gate、遗忘门 forget gate、记忆门 remember gate、输出门 use gate），其中一个&lt;i&gt;门&lt;/i&gt;是细胞工作的一整个环节，连同其中的乘法和加法：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The notes say</source>
        <translation>笔记中的叫法</translation>
    </message>
    <message>
        <source>meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>in standard names</source>
        <translation>用标准名称表示</translation>
    </message>
    <message>
        <source>&lt;p&gt;The short-term memory STM is the hidden state h, the long-term memory LTM is the cell state c, and the notes&apos; new information N&lt;sub&gt;t&lt;/sub&gt; is the cell candidate g. The heatmaps show the six values the cell computes, and the notes&apos; gates are made of them, so in the notes&apos; vocabulary each map is named after the part of a gate it holds:&lt;/p&gt;</source>
        <translation>&lt;p&gt;短期记忆 STM 就是隐状态 h，长期记忆 LTM 就是细胞状态 c，笔记中的新信息 N&lt;sub&gt;t&lt;/sub&gt; 就是候选值 g。热力图显示的是细胞算出的六个量，笔记中的门由它们组成，所以在笔记的叫法下，每张图以它所承载的门的那一部分命名：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>标准名称</translation>
    </message>
    <message>
        <source>learn / forget / remember / use</source>
        <translation>学习门 / 遗忘门 / 记忆门 / 输出门</translation>
    </message>
    <message>
        <source>&lt;p&gt;The learn gate&apos;s and the forget gate&apos;s outputs, g·i and f·c&lt;sub&gt;t−1&lt;/sub&gt;, have no map of their own: the Gate Inspector computes both for the cell you click. Udacity&apos;s use gate also passes the memory through a small tanh layer with its own weights; PyTorch&apos;s LSTM, which LSTM Lab trains, applies tanh alone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;学习门和遗忘门的输出 g·i 与 f·c&lt;sub&gt;t−1&lt;/sub&gt; 没有单独的图：门检查器会为你单击的格子算出这两个值。Udacity 的输出门（use gate）还让记忆经过一个自带权重的小 tanh 层；LSTM 实验室训练的 PyTorch LSTM 只用 tanh 本身。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>plain RNN</source>
        <translation>普通 RNN</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>memory: STM (h)</source>
        <translation>记忆：短期记忆 STM (h)</translation>
    </message>
    <message>
        <source>reset gate: reset factor r</source>
        <translation>重置门：重置因子 r</translation>
    </message>
    <message>
        <source>update gate: keep factor z</source>
        <translation>更新门：保留因子 z</translation>
    </message>
    <message>
        <source>new information N (n)</source>
        <translation>新信息 N (n)</translation>
    </message>
    <message>
        <source>reset gate r</source>
        <translation>重置门 r</translation>
    </message>
    <message>
        <source>update gate z</source>
        <translation>更新门 z</translation>
    </message>
    <message>
        <source>candidate n</source>
        <translation>候选值 n</translation>
    </message>
    <message>
        <source>Memory STM (−1 … 1): the plain RNN&apos;s output and its only memory, STM = tanh(W·x + W·STM_prev + b): one tanh layer, no gates. (Standard name: hidden state h.)</source>
        <translation>短期记忆 STM（−1 … 1）：普通 RNN 的输出，也是它唯一的记忆，STM = tanh(W·x + W·STM_prev + b)：一个 tanh 层，没有门。（标准名称：隐状态 h。）</translation>
    </message>
    <message>
        <source>Hidden state h (−1 … 1): the plain RNN&apos;s output and its only memory, h = tanh(W_ih·x + b_ih + W_hh·h_prev + b_hh): one tanh layer, no gates.</source>
        <translation>隐状态 h（−1 … 1）：普通 RNN 的输出，也是它唯一的记忆，h = tanh(W_ih·x + b_ih + W_hh·h_prev + b_hh)：一个 tanh 层，没有门。</translation>
    </message>
    <message>
        <source>Reset gate, reset factor r (0 … 1): how much of the memory STM_prev the new information N reads. Near 0 N starts afresh from the input. (Standard name: reset gate r.)</source>
        <translation>重置门，重置因子 r（0 … 1）：新信息 N 读取多少记忆 STM_prev。接近 0 时 N 只从输入重新开始。（标准名称：重置门 r。）</translation>
    </message>
    <message>
        <source>Reset gate r (0 … 1): how much of the previous hidden state h_prev the candidate n reads. Near 0 the candidate starts afresh from the input.</source>
        <translation>重置门 r（0 … 1）：候选值 n 读取多少上一步的隐状态 h_prev。接近 0 时候选值只从输入重新开始。</translation>
    </message>
    <message>
        <source>Update gate, keep factor z (0 … 1): the share of the memory STM_prev kept; the rest, 1 − z, is replaced by the new information N. Near 1 the unit remembers. (Standard name: update gate z.)</source>
        <translation>更新门，保留因子 z（0 … 1）：记忆 STM_prev 被保留的比例；其余的 1 − z 被新信息 N 替换。接近 1 时该单元记住。（标准名称：更新门 z。）</translation>
    </message>
    <message>
        <source>Update gate z (0 … 1): how much of the previous hidden state is kept, h = (1 − z)·n + z·h_prev. Near 1 the unit keeps its memory, and the gradient passes back unchanged.</source>
        <translation>更新门 z（0 … 1）：保留多少上一步的隐状态，h = (1 − z)·n + z·h_prev。接近 1 时该单元保持记忆，梯度也几乎不变地向回传递。</translation>
    </message>
    <message>
        <source>New information N (−1 … 1): what the unit could remember now, from the input and the part of STM_prev the reset factor lets through. It enters the memory scaled by 1 − z. (Standard name: candidate n.)</source>
        <translation>新信息 N（−1 … 1）：该单元此刻可以记住的内容，来自输入和重置因子放行的那部分 STM_prev。它乘以 1 − z 后进入记忆。（标准名称：候选值 n。）</translation>
    </message>
    <message>
        <source>Candidate n (−1 … 1): the new content, n = tanh(W_in·x + b_in + r·(W_hn·h_prev + b_hn)). It enters the hidden state scaled by 1 − z.</source>
        <translation>候选值 n（−1 … 1）：新的内容，n = tanh(W_in·x + b_in + r·(W_hn·h_prev + b_hn))。它乘以 1 − z 后进入隐状态。</translation>
    </message>
    <message>
        <source>Memory STM (−1 … 1): the GRU&apos;s output and its only memory (it has no separate long-term memory), STM = (1 − z)·N + z·STM_prev. (Standard name: hidden state h.)</source>
        <translation>短期记忆 STM（−1 … 1）：GRU 的输出，也是它唯一的记忆（它没有单独的长期记忆），STM = (1 − z)·N + z·STM_prev。（标准名称：隐状态 h。）</translation>
    </message>
    <message>
        <source>Hidden state h (−1 … 1): the GRU&apos;s output and its only memory (it has no cell state), h = (1 − z)·n + z·h_prev. The next step, the next layer and the prediction see this.</source>
        <translation>隐状态 h（−1 … 1）：GRU 的输出，也是它唯一的记忆（它没有细胞状态），h = (1 − z)·n + z·h_prev。下一步、下一层和预测看到的都是它。</translation>
    </message>
</context>
<context>
    <name>GradientPanel</name>
    <message>
        <source>‖dL/dh‖ (solid) and ‖dL/dc‖ (dashed) at each time step</source>
        <translation>各时间步的 ‖dL/dh‖（实线）与 ‖dL/dc‖（虚线）</translation>
    </message>
    <message>
        <source>‖dL/dh‖ at each time step</source>
        <translation>各时间步的 ‖dL/dh‖</translation>
    </message>
    <message>
        <source>layer %1, ‖dL/dc‖</source>
        <translation>第 %1 层，‖dL/dc‖</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>t = %1, the output step</source>
        <translation>t = %1，输出所在的时间步</translation>
    </message>
    <message numerus="yes">
        <source>t = %1, %n step(s) before the output</source>
        <translation>
            <numerusform>t = %1，输出之前 %n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>layer %1: ‖dL/dh‖ %2</source>
        <translation>第 %1 层：‖dL/dh‖ %2</translation>
    </message>
    <message>
        <source>, ‖dL/dc‖ %1</source>
        <translation>，‖dL/dc‖ %1</translation>
    </message>
    <message>
        <source>time step t (right: the output)</source>
        <translation>时间步 t（右端：输出）</translation>
    </message>
    <message>
        <source>size (log scale)</source>
        <translation>大小（对数刻度）</translation>
    </message>
    <message>
        <source>The error enters at the output (right) and flows back in time. A plain RNN&apos;s curve falls towards the start; the LSTM&apos;s cell state (dashed) keeps far more of it.</source>
        <translation>误差从输出端（右侧）进入，沿时间向回传播。普通 RNN 的曲线越往窗口开头越低；LSTM 的细胞状态（虚线）保留的梯度要多得多。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gradients through time&lt;/b&gt;: after each forward pass, training sends the error back from the output, which reads the last time step (the right end), to every earlier step and layer. Each solid curve is the average size of that gradient at a layer&apos;s hidden state h, ‖dL/dh‖, on the first test windows; the y axis is logarithmic, so each labelled line down is many times smaller.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;plain RNN&lt;/b&gt; multiplies the gradient by its recurrent weights and by the slope of tanh (at most 1) at every step it goes back: the product shrinks step after step, and the curve falls towards the left. The network then cannot learn what the start of the window should have told it: the &lt;b&gt;vanishing gradient&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;LSTM&lt;/b&gt; keeps a cell state c that each step only scales by the forget gate and adds to. Its gradient, ‖dL/dc‖ (dashed), goes back through that sum multiplied only by the forget gate: while the gate stays near 1 it arrives almost unchanged, and early steps still learn. A task that needs little memory (the sine) teaches the gate to forget, and the curve falls too, but far less than the plain RNN&apos;s. The GRU&apos;s update gate gives its h the same kind of path.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;随时间传播的梯度&lt;/b&gt;：每次前向计算之后，训练把误差从输出（它读取最后一个时间步，即右端）送回到之前的每个时间步和每一层。每条实线是该梯度在某一层隐状态 h 处的平均大小 ‖dL/dh‖，取自前几个测试窗口；纵轴是对数刻度，每往下一条刻度线就小很多倍。&lt;/p&gt;&lt;p&gt;&lt;b&gt;普通 RNN&lt;/b&gt; 每往回走一步，就把梯度乘以它的循环权重和 tanh 的斜率（至多为 1）：乘积一步步缩小，曲线向左下降。网络于是学不到窗口开头本该告诉它的东西：这就是&lt;b&gt;梯度消失&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;&lt;b&gt;LSTM&lt;/b&gt; 保存一个细胞状态 c，每一步只用遗忘门缩放它并往上加新内容。它的梯度 ‖dL/dc‖（虚线）沿这个和往回传，只乘以遗忘门：遗忘门接近 1 时梯度几乎不变地到达，早期的时间步仍能学习。只需很少记忆的任务（正弦）会让遗忘门学会遗忘，曲线也会下降，但比普通 RNN 少得多。GRU 的更新门给它的 h 提供了同样的通路。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How large the loss gradient is at each time step of each layer; the output is on the right. Rest the mouse on the chart for the values.</source>
        <translation>每一层在每个时间步上损失梯度的大小；输出在右端。把鼠标停在图上可看数值。</translation>
    </message>
    <message>
        <source>Gradients through time</source>
        <translation>随时间传播的梯度</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>LSTM Lab Guide</source>
        <translation>LSTM 实验室指南</translation>
    </message>
    <message>
        <source>&lt;h1&gt;How an LSTM learns a sine wave&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;LSTM 如何学会正弦波&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This guide follows the notes LSTM Lab was built from. Every number in it is about the network you have now, and every picture is the window itself, taken when the guide was opened: train a little, then open the guide again to see them change. Links marked &lt;i&gt;show me&lt;/i&gt; point at the part of the window they talk about.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这份指南沿着 LSTM 实验室所依据的那份笔记展开。其中的每个数字都来自你此刻的网络，每张图都是打开指南时截下的本窗口画面：训练一会儿，再打开指南，就能看到它们的变化。标着&lt;i&gt;指给我看&lt;/i&gt;的链接会指向窗口中所讲的那一部分。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The task&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;任务&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The network learns to predict the next sample of a sine wave from the %1 samples before it, as in the notes&apos; TensorFlow example. It trains on sin(x) for x from 0 to 100 (10 000 samples, windows of %1 samples, the label is the sample that follows) and is tested on x from 100 to 110, which it never sees while training.&lt;/p&gt;</source>
        <translation>&lt;p&gt;和笔记中的 TensorFlow 例子一样，网络学习根据前面 %1 个样本预测正弦波的下一个样本。它在 x 从 0 到 100 的 sin(x) 上训练（10 000 个样本，每个窗口 %1 个样本，标签是紧随其后的那个样本），在 x 从 100 到 110 上测试，这一段训练时从未见过。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1: when the red curve lies on the green one, the network has learned. The shaded band is the input window whose gates the heatmaps show; the slider under the chart moves it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1：红色曲线落在绿色曲线上时，网络就学会了。阴影带是热力图所显示的门对应的输入窗口；图下方的滑块可以移动它。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show me the prediction chart</source>
        <translation>指给我看预测图</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Why a recurrent network?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;为什么用循环神经网络？&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A sentence is more than its words one by one, and a video more than its frames: what comes next depends on what came before. A feed-forward network sees each input on its own. A recurrent network (RNN) reads a sequence one step at a time and carries a state from each step to the next, so it can remember what it has seen.&lt;/p&gt;</source>
        <translation>&lt;p&gt;理解一句话不能孤立地理解每个词，分析一段视频也不能只单独分析每一帧：接下来是什么，取决于前面是什么。前馈神经网络孤立地看待每个输入。循环神经网络（RNN）一次读序列的一步，并把状态从每一步带到下一步，因此能记住它看过的东西。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A plain RNN forgets quickly: its state is rewritten at every step. An LSTM (long short-term memory) cell adds a second state, the cell state, which it changes only through gates that decide what to forget, what to learn and what to use. That is what lets it keep information over many steps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;普通的 RNN 忘得很快：它的状态每一步都会被改写。LSTM（长短期记忆）细胞增加了第二个状态，即细胞状态，它只通过门来改变细胞状态，由门决定遗忘什么、学习什么、输出什么。正因如此，它才能把信息保留许多步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The unrolled picture is one cell&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;展开图里只有一个细胞&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The same cell at every one of the %1 time steps.</source>
        <translation>%1 个时间步中的每一步都是同一个细胞。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pictures of RNNs usually draw a row of cells, one per time step. The notes stress the point that took their author longest: &lt;b&gt;these are not different cells&lt;/b&gt;. It is one and the same cell, with the same weights, drawn once per time step to show how it works through the sequence. At step t it reads the input x&lt;sub&gt;t&lt;/sub&gt; and its own state from step t−1 (%1 and %2), and hands its new state to step t+1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;RNN 的示意图通常画出一排细胞，每个时间步一个。笔记作者想了很久才想明白、并特别强调的一点是：&lt;b&gt;这些并不是不同的细胞&lt;/b&gt;。它们是同一个细胞，权重也相同，只是在时间序列上展开，每个时间步画一次，以展示它如何处理整个序列。在第 t 步，它读取输入 x&lt;sub&gt;t&lt;/sub&gt; 和自己在第 t−1 步的状态（%1 和 %2），再把新状态交给第 t+1 步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The gate heatmaps show exactly this unrolled picture: each column is the cell at one time step, t = 0 (the oldest sample of the window) on the left to t = %1 on the right. The weights are the same in every column; only the inputs and the carried state differ. %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;门热力图展示的正是这张展开图：每一列是细胞在一个时间步的样子，从左边的 t = 0（窗口中最早的样本）到右边的 t = %1。每一列的权重都相同，不同的只是输入和传递下来的状态。%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show me the heatmaps</source>
        <translation>指给我看热力图</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What num_units means&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;num_units 是什么意思&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The notes&apos; first puzzle: &lt;code&gt;LSTMCell(num_units)&lt;/code&gt; does &lt;b&gt;not&lt;/b&gt; make num_units cells. num_units is the number of &lt;b&gt;neurons in each of the cell&apos;s four gate layers&lt;/b&gt;: the sigmoid layers of the input gate i, the forget gate f and the output gate o, and the tanh layer of the cell candidate g. Each of them has num_units neurons, and so the cell state c and the hidden state h, the cell&apos;s output, have num_units entries each.&lt;/p&gt;</source>
        <translation>&lt;p&gt;笔记的难点一：&lt;code&gt;LSTMCell(num_units)&lt;/code&gt; &lt;b&gt;并不&lt;/b&gt;生成 num_units 个细胞。num_units 是&lt;b&gt;细胞四个门层中每一层的神经元个数&lt;/b&gt;：输入门 i、遗忘门 f、输出门 o 的 sigmoid 层，以及候选值 g 的 tanh 层。它们各有 num_units 个神经元，因此细胞状态 c 和细胞的输出隐状态 h 也各有 num_units 个分量。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Your network now has &lt;b&gt;num_units = %1&lt;/b&gt;: each gate layer has %1 neurons, each heatmap has %1 rows (one per neuron, called a unit), and every layer outputs %1 numbers at every step. Each of its %n layer(s) has a weight matrix W&lt;sub&gt;ih&lt;/sub&gt; of 4·%1 × (its input width) and W&lt;sub&gt;hh&lt;/sub&gt; of 4·%1 × %1, plus two biases of 4·%1: %2 parameters in the first layer, %3 in the whole network with the dense head. %4&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;你的网络现在是 &lt;b&gt;num_units = %1&lt;/b&gt;：每个门层有 %1 个神经元，每张热力图有 %1 行（每个神经元一行，称为一个单元），每一层在每一步输出 %1 个数。它的 %n 层中，每层都有一个 4·%1 × （该层输入宽度）的权重矩阵 W&lt;sub&gt;ih&lt;/sub&gt; 和一个 4·%1 × %1 的 W&lt;sub&gt;hh&lt;/sub&gt;，外加两个长度为 4·%1 的偏置：第一层共 %2 个参数，整个网络连同全连接输出层共 %3 个。%4&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Show me num_units</source>
        <translation>指给我看 num_units</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The gates, in two vocabularies&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;门的两套叫法&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;For every unit and every time step the cell computes, from x&lt;sub&gt;t&lt;/sub&gt; and h&lt;sub&gt;t−1&lt;/sub&gt;:&lt;/p&gt;</source>
        <translation>&lt;p&gt;对每个单元和每个时间步，细胞由 x&lt;sub&gt;t&lt;/sub&gt; 和 h&lt;sub&gt;t−1&lt;/sub&gt; 计算：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>i&lt;sub&gt;t&lt;/sub&gt; = σ(W&lt;sub&gt;ii&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;ii&lt;/sub&gt; + W&lt;sub&gt;hi&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hi&lt;/sub&gt;)&amp;nbsp;&amp;nbsp;%1&lt;br&gt;f&lt;sub&gt;t&lt;/sub&gt; = σ(W&lt;sub&gt;if&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;if&lt;/sub&gt; + W&lt;sub&gt;hf&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hf&lt;/sub&gt;)&amp;nbsp;&amp;nbsp;%2&lt;br&gt;g&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;ig&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;ig&lt;/sub&gt; + W&lt;sub&gt;hg&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hg&lt;/sub&gt;)&amp;nbsp;&amp;nbsp;%3&lt;br&gt;o&lt;sub&gt;t&lt;/sub&gt; = σ(W&lt;sub&gt;io&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;io&lt;/sub&gt; + W&lt;sub&gt;ho&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;ho&lt;/sub&gt;)&amp;nbsp;&amp;nbsp;%4&lt;br&gt;c&lt;sub&gt;t&lt;/sub&gt; = f&lt;sub&gt;t&lt;/sub&gt;·c&lt;sub&gt;t−1&lt;/sub&gt; + i&lt;sub&gt;t&lt;/sub&gt;·g&lt;sub&gt;t&lt;/sub&gt;&amp;nbsp;&amp;nbsp;%5&lt;br&gt;h&lt;sub&gt;t&lt;/sub&gt; = o&lt;sub&gt;t&lt;/sub&gt;·tanh(c&lt;sub&gt;t&lt;/sub&gt;)&amp;nbsp;&amp;nbsp;%6</source>
        <translation>i&lt;sub&gt;t&lt;/sub&gt; = σ(W&lt;sub&gt;ii&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;ii&lt;/sub&gt; + W&lt;sub&gt;hi&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hi&lt;/sub&gt;)&amp;nbsp;&amp;nbsp;%1&lt;br&gt;f&lt;sub&gt;t&lt;/sub&gt; = σ(W&lt;sub&gt;if&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;if&lt;/sub&gt; + W&lt;sub&gt;hf&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hf&lt;/sub&gt;)&amp;nbsp;&amp;nbsp;%2&lt;br&gt;g&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;ig&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;ig&lt;/sub&gt; + W&lt;sub&gt;hg&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hg&lt;/sub&gt;)&amp;nbsp;&amp;nbsp;%3&lt;br&gt;o&lt;sub&gt;t&lt;/sub&gt; = σ(W&lt;sub&gt;io&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;io&lt;/sub&gt; + W&lt;sub&gt;ho&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;ho&lt;/sub&gt;)&amp;nbsp;&amp;nbsp;%4&lt;br&gt;c&lt;sub&gt;t&lt;/sub&gt; = f&lt;sub&gt;t&lt;/sub&gt;·c&lt;sub&gt;t−1&lt;/sub&gt; + i&lt;sub&gt;t&lt;/sub&gt;·g&lt;sub&gt;t&lt;/sub&gt;&amp;nbsp;&amp;nbsp;%5&lt;br&gt;h&lt;sub&gt;t&lt;/sub&gt; = o&lt;sub&gt;t&lt;/sub&gt;·tanh(c&lt;sub&gt;t&lt;/sub&gt;)&amp;nbsp;&amp;nbsp;%6</translation>
    </message>
    <message>
        <source>&lt;p&gt;σ squashes any number into 0 … 1, so i, f and o are shares: 0 shuts, 1 lets everything through. tanh squashes into −1 … 1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;σ 把任何数压缩到 0 … 1 之间，所以 i、f 和 o 都是比例：0 表示关闭，1 表示全部放行。tanh 则压缩到 −1 … 1 之间。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The notes describe the same cell with four gates:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: a tanh layer makes new information N&lt;sub&gt;t&lt;/sub&gt; from the short-term memory and the current input, a sigmoid layer makes the ignore factor i&lt;sub&gt;t&lt;/sub&gt;; the gate&apos;s output is N&lt;sub&gt;t&lt;/sub&gt;·i&lt;sub&gt;t&lt;/sub&gt;. Its output has num_units entries, and the gate is both layers with their product, not either layer alone.&lt;/li&gt;&lt;li&gt;&lt;b&gt;%2&lt;/b&gt;: the long-term memory LTM&lt;sub&gt;t−1&lt;/sub&gt; times the forget factor f&lt;sub&gt;t&lt;/sub&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;%3&lt;/b&gt;: adds the two, giving the new long-term memory LTM&lt;sub&gt;t&lt;/sub&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;%4&lt;/b&gt;: the new short-term memory STM&lt;sub&gt;t&lt;/sub&gt;, the output factor o&lt;sub&gt;t&lt;/sub&gt; times tanh of the memory.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;笔记用四个门来描述同一个细胞：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;：tanh 层把短期记忆和当前事件（当前输入）结合成新信息 N&lt;sub&gt;t&lt;/sub&gt;，sigmoid 层得到忽略因子 i&lt;sub&gt;t&lt;/sub&gt;；这个门的输出是 N&lt;sub&gt;t&lt;/sub&gt;·i&lt;sub&gt;t&lt;/sub&gt;。它的输出维度和 num_units 一致；而且这个门是两层连同它们的乘积，而不仅仅是其中某一层。&lt;/li&gt;&lt;li&gt;&lt;b&gt;%2&lt;/b&gt;：长期记忆 LTM&lt;sub&gt;t−1&lt;/sub&gt; 乘以遗忘因子 f&lt;sub&gt;t&lt;/sub&gt;。&lt;/li&gt;&lt;li&gt;&lt;b&gt;%3&lt;/b&gt;：把两者相加，得到新的长期记忆 LTM&lt;sub&gt;t&lt;/sub&gt;。&lt;/li&gt;&lt;li&gt;&lt;b&gt;%4&lt;/b&gt;：新的短期记忆 STM&lt;sub&gt;t&lt;/sub&gt;，即输出因子 o&lt;sub&gt;t&lt;/sub&gt; 乘以记忆的 tanh。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are using the &lt;b&gt;%1&lt;/b&gt; now. %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;你现在用的是&lt;b&gt;%1&lt;/b&gt;。%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>learn / forget / remember / use names</source>
        <translation>学习门 / 遗忘门 / 记忆门 / 输出门的叫法</translation>
    </message>
    <message>
        <source>standard names</source>
        <translation>标准名称</translation>
    </message>
    <message>
        <source>Show me where to switch</source>
        <translation>指给我看在哪里切换</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reading the gate heatmaps&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;怎样看门热力图&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The six heatmaps of one layer for the shaded input window.</source>
        <translation>某一层针对阴影输入窗口的六张热力图。</translation>
    </message>
    <message>
        <source>&lt;p&gt;One layer&apos;s six maps: %1, %2, %3, %4, %5 and %6. In each, a row is a unit and a column a time step. Bright cells of a gate are open, dark ones shut; for g, c and h red is positive and blue negative. The layer selector above the maps chooses the layer; layer 1 reads the sine, each further layer reads the h of the one below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一层有六张图：%1、%2、%3、%4、%5 和 %6。每张图中，一行是一个单元（四个门层中各一个神经元，而不是一个单独的 cell），一列是一个时间步。门的格子亮表示打开，暗表示关闭；对 g、c 和 h，红色为正，蓝色为负。图上方的层选择框用来选层；第 1 层读取正弦，其后每一层读取下面一层的 h。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;What to look for: rows of the forget gate that stay bright across the window are units that keep their memory; the cell state of such units drifts slowly. Units whose input gate opens only at some phases of the sine write to their memory at those moments. Rows of h that follow the sine, or follow it shifted, are what the prediction is made from. %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;看什么：遗忘门中整个窗口都保持明亮的行，对应保持记忆的单元；这些单元的细胞状态缓慢漂移。输入门只在正弦的某些相位打开的单元，会在那些时刻写入记忆。h 中跟随正弦（或带相位偏移地跟随）的行，就是预测的依据。%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show me a forget gate cell</source>
        <translation>指给我看一个遗忘门格子</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The gate inspector&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;门检查器&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The gate inspector for the selected cell.</source>
        <translation>所选格子的门检查器。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click any cell of a heatmap and the inspector writes out that unit&apos;s equations with the real numbers: each gate&apos;s part from the input x&lt;sub&gt;t&lt;/sub&gt; (blue) and from the previous step (orange), the squashed result, then how the cell state and the output follow, with a sentence reading each number: &lt;i&gt;the forget gate keeps 70% of the old memory&lt;/i&gt;. The numbers follow the training live. Use its Unit and Step boxes to walk through the window step by step. %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;单击热力图中的任意格子，检查器就会用真实数值写出该单元的方程：每个门来自输入 x&lt;sub&gt;t&lt;/sub&gt; 的部分（蓝色）和来自上一步的部分（橙色）、压缩后的结果，然后是细胞状态和输出如何随之得出，并用一句话解读每个数：&lt;i&gt;遗忘门保留 70% 的旧记忆&lt;/i&gt;。这些数随训练实时更新。用它的“单元”和“时间步”框可以一步一步走过整个窗口。%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show me the inspector</source>
        <translation>指给我看检查器</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The loss&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;损失&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The loss chart: the error of each training step and of the test set.</source>
        <translation>损失图：每个训练步的误差和测试集的误差。</translation>
    </message>
    <message>
        <source>&lt;p&gt;The loss is the mean squared error between prediction and label. The thin line is each training batch; the points are the whole test set after each epoch. The scale is logarithmic: each labelled line down is ten times smaller. A falling curve means learning; a curve that jumps up and stays up means the learning rate is too large. %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;损失是预测值与标签之间的均方误差。细线是每个训练批次；点是每轮结束后整个测试集的误差。刻度是对数的：每往下一条标注线，数值小十倍。曲线下降说明在学习；曲线跳上去后一直下不来，说明学习率太大。%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show me the loss chart</source>
        <translation>指给我看损失图</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Help everywhere&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;处处有帮助&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rest the mouse on any control or panel for a short explanation. For a longer one, press Shift+F1 (or choose Help › What&apos;s This?) and click the control. Change num_units, the layers or the time steps on the left and watch a new network learn from scratch.&lt;/p&gt;</source>
        <translation>&lt;p&gt;把鼠标停在任何控件或面板上，可以看到简短的说明。想看更详细的，按 Shift+F1（或选择“帮助 › 这是什么？”）再单击控件。在左侧改变 num_units、层数或时间步数，看着一个新网络从零开始学习。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>One LSTM cell A, the same weights, unrolled over %n time step(s)</source>
        <translation>
            <numerusform>一个 LSTM 细胞 A，同一组权重，在 %n 个时间步上展开</numerusform>
        </translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>→ the state (%1, %2) carried from each step to the next</source>
        <translation>→ 状态（%1，%2）从每一步传到下一步</translation>
    </message>
    <message>
        <source>The prediction chart: red is the network&apos;s guess for every test window, dashed green the real signal (the sine here, or the one chosen in the Signal panel).</source>
        <translation>预测图：红色是网络对每个测试窗口的猜测，绿色虚线是真实的信号（这里是正弦，或是在“信号”面板中选择的那个）。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Lessons&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;课程&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The Lessons menu (and the Lesson tab on the left) holds short experiments, each about one idea: why the forget gate keeps memory, what too few units cannot do, long windows, dropout. A lesson sets the network and the pace for you, says what to watch, and offers a button to retrain with the one setting changed, so that you can see the difference. Training &gt; Pause After Each Epoch stops after every pass so that you can look before it goes on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;“课程”菜单（以及左侧的“课程”标签页）里是一些小实验，每个只讲一个道理：遗忘门为什么能保持记忆，单元太少做不到什么，长窗口，dropout。课程会替你设好网络和节奏，告诉你该看哪里，并提供一个按钮，只改一个设置重新训练，让你看出差别。“训练 &gt; 每轮结束后暂停”会在每轮之后停下，让你看清楚再继续。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Signals&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;信号&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The sine is the seed&apos;s task, but not the only one. The Signal tab offers a square wave, a sawtooth, a damped sine, a sum of sines, noise on top of any of them, or your own series from a CSV file. A new signal trains a new network. Noise shows what a network does with samples it cannot predict: it learns the shape and ignores the noise, or, too large, learns the noise too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;正弦是笔记中的任务，但不是唯一的任务。“信号”标签页还提供方波、锯齿波、衰减正弦、正弦之和，可以在任何一种上叠加噪声，也可以从 CSV 文件导入你自己的序列。换一个信号就会训练一个新网络。噪声展示了网络如何对待它无法预测的样本：它学到形状而忽略噪声；或者网络太大时，连噪声也一起学了。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dropout&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Dropout&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Dropout sets a share of each layer&apos;s outputs to zero at random in every training step (0.5: half of them), and scales the rest up, so that no unit can rely on one other unit. It fights overfitting in large networks trained on little data (the Anna Karenina network of the notes uses a keep probability of 0.5). On the sine it mostly makes the training loss noisier; the test MSE is measured without it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dropout 在每个训练步随机把每层输出的一部分置为零（0.5 即一半），并把其余的放大，使任何单元都不能依赖另一个单元。它用来对抗大网络在少量数据上的过拟合（笔记中安娜·卡列尼娜的网络用的保留概率是 0.5）。在正弦上，它主要让训练损失更加起伏；测试 MSE 是不用 dropout 测的。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Letting the network run free&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;让网络自由运行&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Normally every prediction starts from a window of real samples. With &lt;i&gt;Let the network run free&lt;/i&gt; checked, the network is fed its own predictions instead, from the first test window on, and the purple curve shows where it goes on its own. Trained only to guess one step ahead from real samples, it lets small errors add up: the curve drifts or settles to a flat line. A curve that keeps its shape shows that the network has learned the signal&apos;s rhythm, not just to copy the last sample.&lt;/p&gt;</source>
        <translation>&lt;p&gt;通常每个预测都从一个真实样本组成的窗口开始。勾选&lt;i&gt;让网络自由运行&lt;/i&gt;后，从第一个测试窗口起，喂给网络的是它自己的预测，紫色曲线显示它独自会走向哪里。网络只被训练过根据真实样本往前猜一步，所以小误差会累积：曲线会漂移，或者趋于一条平线。如果曲线保持住形状，说明网络学到了信号的节律，而不只是照抄最后一个样本。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;How the data is cut&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;数据是如何切分的&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The series is cut into &lt;b&gt;windows&lt;/b&gt;: window n holds samples n … n+%1, and its &lt;b&gt;label&lt;/b&gt; is the sample right after it, n+%2. A window slides by one sample, so 10 000 samples give %3 windows (the last possible window is left out, as in the notes&apos; &lt;code&gt;generate_data&lt;/code&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;序列被切成&lt;b&gt;窗口&lt;/b&gt;：窗口 n 包含样本 n … n+%1，它的&lt;b&gt;标签&lt;/b&gt;是紧随其后的样本 n+%2。窗口每次滑动一个样本，所以 10 000 个样本得到 %3 个窗口（和笔记中的 &lt;code&gt;generate_data&lt;/code&gt; 一样，最后一个可能的窗口被略去）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The windows are handed out in &lt;b&gt;batches&lt;/b&gt; of 64 consecutive windows, as the notes&apos; &lt;code&gt;get_batches&lt;/code&gt; does: %1 batches per epoch, the last one shorter (%2 windows). One training step is one batch: the network predicts all its labels at once and the weights move once. With &lt;i&gt;Shuffle&lt;/i&gt; on, each epoch draws a new order of the windows, so a batch holds windows scattered over the whole series.&lt;/p&gt;</source>
        <translation>&lt;p&gt;窗口按&lt;b&gt;批&lt;/b&gt;分发，每批 64 个连续窗口，和笔记中的 &lt;code&gt;get_batches&lt;/code&gt; 一样：每轮 %1 批，最后一批较短（%2 个窗口）。一个训练步就是一批：网络一次预测这批的所有标签，权重更新一次。打开&lt;i&gt;打乱顺序&lt;/i&gt;后，每轮会重新抽取窗口顺序，因此一批中的窗口散布在整个序列上。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;Batches&lt;/b&gt; panel (a tab beside the gate inspector) draws this: the training series, the windows of the batch just trained as shaded spans, each label as a red dot, and a strip with the whole series on top. Press Step to see the next batch.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;批次&lt;/b&gt;面板（门检查器旁边的标签页）画出了这一切：训练序列、刚训练的这一批窗口（阴影区域）、每个标签（红点），以及顶部显示整个序列的细条。按“单步”查看下一批。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show me the Batches panel</source>
        <translation>指给我看批次面板</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>learn / forget / remember / use</source>
        <translation>学习 / 遗忘 / 记忆 / 使用</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Why gates: the plain RNN, the GRU and the LSTM&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;为什么需要门：普通 RNN、GRU 和 LSTM&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;All three cells read the input x&lt;sub&gt;t&lt;/sub&gt; and their previous output h&lt;sub&gt;t−1&lt;/sub&gt;, with weights W and biases b in PyTorch&apos;s names; σ is the sigmoid and ⊙ multiplies entry by entry. They differ in what decides how much of the memory is kept. The Cell box on the Network panel chooses one for the sine task (the text task uses the LSTM); your network uses the %1 now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;三种细胞都读取输入 x&lt;sub&gt;t&lt;/sub&gt; 和自己上一步的输出 h&lt;sub&gt;t−1&lt;/sub&gt;，权重 W 和偏置 b 用 PyTorch 的名称；σ 是 sigmoid，⊙ 表示逐元素相乘。它们的区别在于由什么来决定保留多少记忆。“网络”面板上的“单元类型”框为正弦任务选择其中一种（文本任务使用 LSTM）；你的网络现在用的是 %1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The plain RNN (nn.RNN)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;普通 RNN（nn.RNN）&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;One tanh layer and no gates: every step rewrites the whole memory. In the notes&apos; words it has only a short-term memory STM.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一个 tanh 层，没有门：每一步都改写整个记忆。用笔记的话说，它只有短期记忆 STM。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The GRU (nn.GRU)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;GRU（nn.GRU）&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The reset gate r decides how much of the old memory the candidate n reads; the update gate z decides how much of the old memory is kept, and 1 − z how much of the candidate replaces it. The GRU has no separate cell state: h is its memory.&lt;/p&gt;</source>
        <translation>&lt;p&gt;重置门 r 决定候选值 n 读取多少旧记忆；更新门 z 决定保留多少旧记忆，1 − z 决定用多少候选值来替换它。GRU 没有单独的细胞状态：h 就是它的记忆。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The LSTM (nn.LSTM)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;LSTM（nn.LSTM）&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Four gate layers and a second state, the cell state c: the notes&apos; long-term memory LTM, beside the short-term memory STM = h. The learn gate adds N·i, the forget gate keeps LTM·f, the remember gate sums them, the use gate lets out STM = o·tanh(LTM).&lt;/p&gt;</source>
        <translation>&lt;p&gt;四个门层，外加第二个状态——细胞状态 c：即笔记中的长期记忆 LTM，与短期记忆 STM = h 并列。学习门加入 N·i，遗忘门保留 LTM·f，记忆门把两者相加，输出门放出 STM = o·tanh(LTM)。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The vanishing gradient&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;梯度消失&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Training sends the error back through the time steps. In the plain RNN the gradient that reaches a step k steps back has been multiplied k times by W&lt;sub&gt;hh&lt;/sub&gt; and by the slope of tanh (at most 1), so it shrinks geometrically (or explodes): the network cannot learn what it saw long ago. This is the vanishing gradient. The LSTM&apos;s cell state and the GRU&apos;s update gate give the gradient a path on which it is only multiplied by f (or z): a gate held near 1 carries it over many steps almost unchanged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;训练时误差沿时间步反向传播。在普通 RNN 中，传到 k 步之前的梯度已经乘了 k 次 W&lt;sub&gt;hh&lt;/sub&gt; 和 tanh 的斜率（最大为 1），所以它按几何级数缩小（或爆炸）：网络学不到很久以前看到的东西。这就是梯度消失。LSTM 的细胞状态和 GRU 的更新门给梯度提供了一条只乘以 f（或 z）的通路：保持在接近 1 的门能让它几乎不变地跨越许多步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your network is a %1 now: its heatmaps show %2 instead of the LSTM&apos;s six maps described below, and there is no cell state c.&lt;/p&gt;</source>
        <translation>&lt;p&gt;你的网络现在是 %1：它的热力图显示 %2，而不是下面所讲的 LSTM 的六张图，也没有细胞状态 c。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>GuideNavigator</name>
    <message>
        <source>View › Gate Names switches between the two vocabularies.</source>
        <translation>“视图 › 门的名称”可以在两套叫法之间切换。</translation>
    </message>
</context>
<context>
    <name>HeatmapWidget</name>
    <message>
        <source>Layer %1 · unit %2 · time step t = %3
%4 = %5</source>
        <translation>第 %1 层 · 单元 %2 · 时间步 t = %3
%4 = %5</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>数值 %1</translation>
    </message>
    <message>
        <source>all values %1</source>
        <translation>所有数值均为 %1</translation>
    </message>
    <message>
        <source>values %1 … %2</source>
        <translation>数值 %1 … %2</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>%1 · colours widened to ±%2 to cover them</source>
        <translation>%1 · 颜色范围放宽到 ±%2 以覆盖它们</translation>
    </message>
    <message>
        <source>%1 · colours widened to ±%2</source>
        <translation>%1 · 颜色范围放宽到 ±%2</translation>
    </message>
    <message>
        <source>%1 · colours ±%2</source>
        <translation>%1 · 颜色 ±%2</translation>
    </message>
    <message>
        <source>%1 · ±%2</source>
        <translation>%1 · ±%2</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>时间步 t</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Colour scale %1 … %2. The triangles mark the actual minimum %3 and maximum %4.</source>
        <translation>色标 %1 … %2。三角形标出实际的最小值 %3 和最大值 %4。</translation>
    </message>
    <message>
        <source>This value is not bounded: the scale is −1 … 1, widened symmetrically to a round number when the values go beyond it.</source>
        <translation>这个量没有界限：刻度为 −1 … 1，数值超出时会对称地放宽到一个整齐的数。</translation>
    </message>
    <message>
        <source>Layer %1 · unit %2 · time step t = %3 (%4)
%5 = %6</source>
        <translation>第 %1 层 · 单元 %2 · 时间步 t = %3（%4）
%5 = %6</translation>
    </message>
</context>
<context>
    <name>HyperparameterPanel</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;num_units&lt;/b&gt;: the number of neurons in each of the four gate layers (input i, forget f, candidate g, output o) of every LSTM layer, and so the length of the cell state c and of the hidden state h. It is not a number of cells.&lt;/p&gt;&lt;p&gt;Changing it rebuilds the network with fresh weights.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;num_units&lt;/b&gt;：每个 LSTM 层中四个门层（输入 i、遗忘 f、候选 g、输出 o）各自的神经元个数，因此也是细胞状态 c 和隐状态 h 的长度。它不是细胞的个数。&lt;/p&gt;&lt;p&gt;修改它会用新的权重重建网络。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The seed&apos;s output_keep_prob: the share of outputs kept while training.</source>
        <translation>笔记代码中的 output_keep_prob：训练时保留的输出所占的比例。</translation>
    </message>
    <message>
        <source>Every weight and bias the optimiser adjusts: per layer 4&amp;middot;H&amp;middot;(inputs + H) weights and 8&amp;middot;H biases (PyTorch keeps two bias vectors), plus the head.</source>
        <translation>优化器要调整的所有权重和偏置：每层 4&amp;middot;H&amp;middot;(输入数 + H) 个权重和 8&amp;middot;H 个偏置（PyTorch 保留两个偏置向量），再加上输出层。</translation>
    </message>
    <message>
        <source>Units (num_units)</source>
        <translation>单元数 (num_units)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Time steps</source>
        <translation>时间步数</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>&lt;p&gt;The step size of the Adam optimiser: how far each update moves the weights. Too small learns slowly; too large makes the loss jump about or diverge. The seed uses 0.001.&lt;/p&gt;&lt;p&gt;The arrows step 1, 2, 5 per decade. It takes effect at the next step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Adam 优化器的步长：每次更新把权重移动多远。太小学得慢；太大会让损失上下乱跳甚至发散。笔记中用的是 0.001。&lt;/p&gt;&lt;p&gt;箭头按每个数量级 1、2、5 的步子调整。修改从下一步起生效。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;How many input windows are averaged into one training step (one weight update). Larger batches give smoother steps but fewer of them per epoch. The seed uses 64.&lt;/p&gt;</source>
        <translation>&lt;p&gt;多少个输入窗口平均成一个训练步（一次权重更新）。批次越大，每一步越平稳，但每轮的步数越少。笔记中用的是 64。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;How many passes over the %L1 training samples to make. &amp;ldquo;until stopped&amp;rdquo; trains until you pause it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;对 %L1 个训练样本遍历多少遍。&amp;ldquo;直到停止&amp;rdquo;会一直训练到你暂停为止。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source>&lt;p&gt;Seed of the random numbers behind the initial weights, the dropout masks and the shuffling: the same seed and settings give the same run.&lt;/p&gt;&lt;p&gt;Changing it starts again from the new seed&apos;s weights.&lt;/p&gt;</source>
        <translation>&lt;p&gt;初始权重、dropout 掩码和打乱顺序所用随机数的种子：相同的种子和设置会得到相同的运行结果。&lt;/p&gt;&lt;p&gt;修改它会从新种子生成的权重重新开始。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Train on exactly one batch, then pause: watch a single weight update in the gates and the loss.</source>
        <translation>只用一个批次训练一步，然后暂停：在门和损失中观察一次权重更新。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Throw the learned weights away and start again from fresh random weights (same seed and settings). The loss history is cleared.</source>
        <translation>丢掉学到的权重，从新的随机权重重新开始（种子和设置不变）。损失历史会被清空。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause training; the weights are kept (Space).</source>
        <translation>暂停训练；权重保留 (空格)。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Carry on training from where it was paused (Space).</source>
        <translation>从暂停处继续训练 (空格)。</translation>
    </message>
    <message>
        <source>Start training the network on the sine (Space).</source>
        <translation>开始在正弦上训练网络 (空格)。</translation>
    </message>
    <message>
        <source>Start training again from fresh weights with the current settings (Space).</source>
        <translation>用当前设置从新的权重重新开始训练 (空格)。</translation>
    </message>
    <message>
        <source>keep %1</source>
        <translation>保留 %1</translation>
    </message>
    <message>
        <source>%L1 trainable parameters</source>
        <translation>%L1 个可训练参数</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&lt;p&gt;Gradient clipping: when the gradient of all the weights together is longer than this (its L2 norm), it is scaled down to this length before the update, so one bad batch cannot throw the weights far. 0 turns it off (the seed does not clip).&lt;/p&gt;&lt;p&gt;Try 1 when the loss jumps up or training diverges. It applies from the next step and keeps the weights.&lt;/p&gt;</source>
        <translation>&lt;p&gt;梯度裁剪：当全部权重合在一起的梯度长度（L2 范数）超过这个值时，更新前先把它缩短到这个长度，这样一个糟糕的批次就不会把权重甩得太远。0 表示关闭（笔记中不做裁剪）。&lt;/p&gt;&lt;p&gt;损失突然跳高或训练发散时，试试 1。它从下一步起生效，并保留权重。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clip gradient norm</source>
        <translation>梯度范数裁剪</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Clip gradient norm&lt;/b&gt;: before each update, the gradient of all the weights is shortened to at most this length. A batch that would fling the weights far only nudges them.&lt;/p&gt;&lt;p&gt;When the loss suddenly shoots up, or the run diverges (a red banner), set it to 1 and train on. 0 turns clipping off, as in the seed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;梯度范数裁剪&lt;/b&gt;：每次更新之前，把全部权重的梯度缩短到最多这个长度。一个本会把权重甩得很远的批次，现在只会轻推它们一下。&lt;/p&gt;&lt;p&gt;当损失突然飙升，或训练发散（出现红色横幅）时，把它设为 1 并继续训练。0 表示关闭裁剪，和笔记中一样。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>Plain RNN</source>
        <translation>普通 RNN</translation>
    </message>
    <message>
        <source>&lt;p&gt;The recurrent cell of every layer: the LSTM (four gate layers and a cell state), the GRU (three: reset, update and candidate; no separate cell state) or the plain RNN (one tanh layer, no gates), as PyTorch&apos;s nn.LSTM, nn.GRU and nn.RNN.&lt;/p&gt;&lt;p&gt;Changing it rebuilds the network with fresh weights.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每一层的循环单元：LSTM（四个门层和一个细胞状态）、GRU（三个：重置门、更新门和候选值；没有单独的细胞状态）或普通 RNN（一个 tanh 层，没有门），与 PyTorch 的 nn.LSTM、nn.GRU 和 nn.RNN 相同。&lt;/p&gt;&lt;p&gt;更改它会用新的随机权重重建网络。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元类型</translation>
    </message>
    <message>
        <source>Forget bias 1</source>
        <translation>遗忘门偏置 1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Start every LSTM layer&apos;s forget-gate bias at 1 instead of PyTorch&apos;s small random value, so f starts near 0.73 and the cell keeps most of its memory from the first step.&lt;/p&gt;&lt;p&gt;Changing it rebuilds the network with fresh weights.&lt;/p&gt;</source>
        <translation>&lt;p&gt;让每个 LSTM 层的遗忘门偏置从 1 开始，而不是 PyTorch 的小随机值，于是 f 一开始就接近 0.73，细胞从第一步起就保留大部分记忆。&lt;/p&gt;&lt;p&gt;改变它会用新的权重重建网络。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Forget gate bias 1&lt;/b&gt;: after PyTorch&apos;s initialisation, the forget slice of b_ih is set to 1 and that of b_hh to 0 in every layer. The forget gate f = sigmoid(… + 1) then starts near 0.73 rather than 0.5: the cell state carries what it holds further from the start, and the gradient flows back through more steps. Gers, Schmidhuber and Cummins (2000) introduced it; Jozefowicz, Zaremba and Sutskever (2015) found it helps an LSTM on most tasks.&lt;/p&gt;&lt;p&gt;Off, the network starts as PyTorch&apos;s nn.LSTM does. The plain RNN and the GRU have no forget gate. Lessons &amp;gt; The forget gate&apos;s bias compares the two.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;遗忘门偏置 1&lt;/b&gt;：在 PyTorch 初始化之后，每一层 b_ih 的遗忘门部分设为 1，b_hh 的设为 0。遗忘门 f = sigmoid(… + 1) 于是从接近 0.73 而不是 0.5 开始：细胞状态从一开始就把所存的内容带得更远，梯度也能向回流过更多步。Gers、Schmidhuber 和 Cummins（2000）提出了它；Jozefowicz、Zaremba 和 Sutskever（2015）发现它在大多数任务上对 LSTM 有帮助。&lt;/p&gt;&lt;p&gt;关闭时，网络的起点与 PyTorch 的 nn.LSTM 相同。普通 RNN 和 GRU 没有遗忘门。课程 &amp;gt; 遗忘门的偏置 对比了两者。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;num_units&lt;/b&gt;: the number of neurons in each of the three gate layers (reset r, update z, candidate n) of every GRU layer, and so the length of the hidden state h. It is not a number of cells.&lt;/p&gt;&lt;p&gt;Changing it rebuilds the network with fresh weights.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;num_units&lt;/b&gt;：每个 GRU 层的三个门层（重置门 r、更新门 z、候选值 n）各自的神经元个数，也就是隐状态 h 的长度。它不是细胞的个数。&lt;/p&gt;&lt;p&gt;更改它会用新的随机权重重建网络。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every weight and bias the optimiser adjusts: per GRU layer 3&amp;middot;H&amp;middot;(inputs + H) weights and 6&amp;middot;H biases (PyTorch keeps two bias vectors), plus the head.</source>
        <translation>优化器调整的全部权重和偏置：每个 GRU 层 3&amp;middot;H&amp;middot;(输入数 + H) 个权重和 6&amp;middot;H 个偏置（PyTorch 保留两个偏置向量），再加上输出头。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;num_units&lt;/b&gt;: the number of neurons in the one tanh layer of every plain RNN layer, and so the length of the hidden state h.&lt;/p&gt;&lt;p&gt;Changing it rebuilds the network with fresh weights.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;num_units&lt;/b&gt;：每个普通 RNN 层中唯一的 tanh 层的神经元个数，也就是隐状态 h 的长度。&lt;/p&gt;&lt;p&gt;更改它会用新的随机权重重建网络。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every weight and bias the optimiser adjusts: per plain RNN layer H&amp;middot;(inputs + H) weights and 2&amp;middot;H biases (PyTorch keeps two bias vectors), plus the head.</source>
        <translation>优化器调整的全部权重和偏置：每个普通 RNN 层 H&amp;middot;(输入数 + H) 个权重和 2&amp;middot;H 个偏置（PyTorch 保留两个偏置向量），再加上输出头。</translation>
    </message>
    <message>
        <source>&lt;p&gt;How many recurrent layers (of the Cell chosen beside it) are stacked. Layer 0 reads the signal; every higher layer reads the hidden states h of the layer below; the dense tanh head reads the last layer&apos;s h at the last time step.&lt;/p&gt;&lt;p&gt;Changing it rebuilds the network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;堆叠多少个循环层（单元类型由旁边的“单元”选择）。第 0 层读入信号；更高的每一层读入下一层的隐状态 h；全连接 tanh 输出头读入最后一层在最后一个时间步的 h。&lt;/p&gt;&lt;p&gt;改变它会重建网络。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;How many past samples the network reads, one per time step, before it predicts its label (the next sample, or the echo&apos;s sample from the past): the length of each input window (the seed&apos;s TIMESTEPS). The gate panels show one column per time step.&lt;/p&gt;&lt;p&gt;Changing it rebuilds the network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;网络在预测标签（下一个样本，或回声任务中过去的某个样本）之前读入多少个过去的样本，每个时间步一个：即每个输入窗口的长度（种子笔记中的 TIMESTEPS）。门面板每个时间步显示一列。&lt;/p&gt;&lt;p&gt;改变它会重建网络。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The probability of zeroing each output of every recurrent layer while training (between layers and before the head); the surviving outputs are scaled by 1/keep. The seed&apos;s DropoutWrapper calls it by its complement, output_keep_prob = 1 &amp;minus; dropout.&lt;/p&gt;&lt;p&gt;Dropout is off when the test set is predicted. It takes effect at the next step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;训练时把每个循环层的每个输出置零的概率（在层与层之间以及输出头之前）；保留下来的输出乘以 1/keep。种子笔记中的 DropoutWrapper 用它的补数表示：output_keep_prob = 1 &amp;minus; dropout。&lt;/p&gt;&lt;p&gt;预测测试集时不使用 dropout。它从下一步起生效。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>切换为 %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言 / Language(&amp;L)</translation>
    </message>
    <message>
        <source>The language of LSTM Lab&apos;s window. The system&apos;s language is used until you choose one here.</source>
        <translation>LSTM 实验室窗口使用的语言。在这里选择之前，使用系统的语言。</translation>
    </message>
    <message>
        <source>Switch LSTM Lab to %1? The window changes language at once: training goes on, and your settings and layout stay.</source>
        <translation>把 LSTM 实验室切换为“%1”吗？窗口会立即换成该语言：训练继续进行，你的设置和布局保持不变。</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Lesson %1 of %2: %3</source>
        <translation>第 %1 课（共 %2 课）：%3</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>看什么</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step&lt;/b&gt; trains exactly one batch and pauses (F10); the &lt;b&gt;Speed&lt;/b&gt; slider in the toolbar slows training down to one step per second.</source>
        <translation>&lt;b&gt;单步&lt;/b&gt;只训练一个批次就暂停 (F10)；工具栏中的&lt;b&gt;速度&lt;/b&gt;滑块可以把训练放慢到每秒一步。</translation>
    </message>
    <message>
        <source>Restart lesson</source>
        <translation>重新开始本课</translation>
    </message>
    <message>
        <source>Apply the lesson&apos;s settings again and train from fresh weights</source>
        <translation>重新应用本课的设置，并从新的权重开始训练</translation>
    </message>
    <message>
        <source>Trains the network on exactly one batch (64 windows), updates every panel and pauses: the way to watch a lesson one step at a time.</source>
        <translation>只用一个批次（64 个窗口）训练网络，更新每个面板后暂停：这样就能一步一步地观察一课。</translation>
    </message>
    <message>
        <source>Starts, pauses or resumes training, as the toolbar&apos;s first button does.</source>
        <translation>开始、暂停或继续训练，与工具栏的第一个按钮相同。</translation>
    </message>
    <message>
        <source>Set the knobs for this lesson, train a fresh network and say what to watch</source>
        <translation>为这一课调好各项设置，训练一个新网络，并告诉你该看什么</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pace:&lt;/b&gt; this lesson starts paused; each &lt;b&gt;Step&lt;/b&gt; (F10) trains one batch.</source>
        <translation>&lt;b&gt;节奏：&lt;/b&gt;本课开始时处于暂停状态；每按一次&lt;b&gt;单步&lt;/b&gt;（F10）训练一批。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pace:&lt;/b&gt; the teaching pace, %1 steps a second, so that you can watch the network learn. &lt;b&gt;Full Speed&lt;/b&gt; in the toolbar trains as fast as this computer can.</source>
        <translation>&lt;b&gt;节奏：&lt;/b&gt;教学节奏，每秒 %1 步，让你能看着网络学习。工具栏中的&lt;b&gt;全速&lt;/b&gt;会以这台电脑能达到的最快速度训练。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pace:&lt;/b&gt; full speed, as fast as this computer can; the &lt;b&gt;Speed&lt;/b&gt; slider in the toolbar slows it down.</source>
        <translation>&lt;b&gt;节奏：&lt;/b&gt;全速，以这台电脑能达到的最快速度训练；工具栏中的&lt;b&gt;速度&lt;/b&gt;滑块可以让它慢下来。</translation>
    </message>
    <message>
        <source>Train from fresh weights with the lesson&apos;s settings and one knob changed (this run is replaced)</source>
        <translation>用本课的设置、只改一个旋钮，从新的权重开始训练（当前这次训练会被替换）</translation>
    </message>
    <message>
        <source>&lt;b&gt;F1&lt;/b&gt;: the Guide, every panel explained.</source>
        <translation>&lt;b&gt;F1&lt;/b&gt;：指南，逐一讲解每个面板。</translation>
    </message>
    <message>
        <source>Choose a lesson (also in the Lessons menu):</source>
        <translation>选择一节课程（也可在“课程”菜单中选择）：</translation>
    </message>
    <message>
        <source>Each lesson sets the knobs for one idea and says what to watch.</source>
        <translation>每节课程为一个概念设置好各项参数，并说明要观察什么。</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>How the forget gate keeps memory</source>
        <translation>遗忘门如何保持记忆</translation>
    </message>
    <message>
        <source>The cell state is the LSTM&apos;s memory: c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g. The forget gate f decides what fraction of the old memory survives each step: f = 1 keeps all of it, f = 0 wipes it. A small network (8 units, 1 layer) with long windows (50 steps) makes it easy to follow.</source>
        <translation>细胞状态是 LSTM 的记忆：c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g。遗忘门 f 决定旧记忆在每一步留下多少：f = 1 全部保留，f = 0 全部清除。用一个小网络（8 个单元、1 层）配上长窗口（50 步），便于观察。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;f&lt;/b&gt; heatmap: one row per unit, one column per time step. Bright (near 1) keeps memory, dark forgets.</source>
        <translation>&lt;b&gt;f&lt;/b&gt; 热力图：每个单元一行，每个时间步一列。亮（接近 1）表示保持记忆，暗表示遗忘。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;c&lt;/b&gt; heatmap: a unit whose f is high changes its c slowly from column to column; a unit with low f follows the current input.</source>
        <translation>&lt;b&gt;c&lt;/b&gt; 热力图：f 高的单元，其 c 在各列之间变化缓慢；f 低的单元则跟着当前输入走。</translation>
    </message>
    <message>
        <source>Click a cell of a heatmap: the gate inspector splits c into f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; (what was kept) and i ⊙ g (what was added).</source>
        <translation>单击热力图中的一个格子：门检查器会把 c 拆成 f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt;（保留下来的）和 i ⊙ g（新加进来的）。</translation>
    </message>
    <message>
        <source>What happens here: on the sine, f settles between about 0.3 and 0.75. The next sample depends only on the last few, so a short memory is enough: with f = 0.7 a unit keeps 0.7&lt;sup&gt;10&lt;/sup&gt; ≈ 3 % of what it held ten steps earlier.</source>
        <translation>这里会发生什么：在正弦上，f 稳定在大约 0.3 到 0.75 之间。下一个样本只取决于最近几个样本，所以短的记忆就够了：f = 0.7 时，一个单元只保留十步之前所存内容的 0.7&lt;sup&gt;10&lt;/sup&gt; ≈ 3 %。</translation>
    </message>
    <message>
        <source>In the Anatomy view, the c arrows carry this memory from each copy of the cell to the next.</source>
        <translation>在“结构剖析”视图中，c 箭头把这份记忆从细胞的每个副本带到下一个副本。</translation>
    </message>
    <message>
        <source>Too few units</source>
        <translation>单元太少</translation>
    </message>
    <message>
        <source>num_units = 1: every gate layer has a single neuron, so each layer&apos;s memory is one number. Only 34 parameters are left (5,221 in the seed&apos;s network). The network underfits: it is too small to follow the sine.</source>
        <translation>num_units = 1：每个门层只有一个神经元，所以每层的记忆只是一个数。只剩 34 个参数（笔记中的网络有 5,221 个）。网络欠拟合：它太小，跟不上正弦。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;prediction&lt;/b&gt;: the red curve lags, flattens or misses the green sine for epochs.</source>
        <translation>&lt;b&gt;预测&lt;/b&gt;：红色曲线在许多轮里都落后、变平或偏离绿色的正弦。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;loss&lt;/b&gt; stays high: in our run the test MSE was still 0.53 after 3 epochs and 0.11 after 10, where the seed&apos;s 20 units reach 0.003 after 3.</source>
        <translation>&lt;b&gt;损失&lt;/b&gt;居高不下：在我们的运行中，3 轮后测试 MSE 仍是 0.53，10 轮后是 0.11，而笔记中 20 个单元的网络 3 轮后就达到 0.003。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Anatomy&lt;/b&gt; view: 1 neuron in each of the 4 gate layers, and the parameter count.</source>
        <translation>&lt;b&gt;结构剖析&lt;/b&gt;视图：4 个门层各只有 1 个神经元，以及参数个数。</translation>
    </message>
    <message>
        <source>Long time steps</source>
        <translation>长时间步</translation>
    </message>
    <message>
        <source>timesteps = 100: each input window holds 100 samples, and the one cell of each layer runs 100 times per window, carrying c and h along. The network could remember five times further back, and pays for it in time.</source>
        <translation>timesteps = 100：每个输入窗口有 100 个样本，每层那唯一的一个细胞在每个窗口中运行 100 次，一路传递 c 和 h。网络能记得往前五倍远的内容，代价是时间。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;steps/s&lt;/b&gt; in the status bar: every step runs the cell 100 times instead of 20, so training is about 5 times slower.</source>
        <translation>状态栏中的&lt;b&gt;步/秒&lt;/b&gt;：每一步要运行细胞 100 次而不是 20 次，所以训练大约慢 5 倍。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;heatmaps&lt;/b&gt; have 100 columns, and the shaded window on the prediction chart is five times wider.</source>
        <translation>&lt;b&gt;热力图&lt;/b&gt;有 100 列，预测图上的阴影窗口也宽了五倍。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Anatomy&lt;/b&gt; view elides the middle copies: it is still one cell, reused 100 times.</source>
        <translation>&lt;b&gt;结构剖析&lt;/b&gt;视图省略了中间的副本：它仍然是同一个细胞，重复使用 100 次。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;test MSE&lt;/b&gt;: no better than with 20 steps (0.024 after one epoch in both our runs): for the sine, the last few samples already say what comes next.</source>
        <translation>&lt;b&gt;测试 MSE&lt;/b&gt;：并不比 20 步时好（在我们的两次运行中，一轮后都是 0.024）：对正弦来说，最近几个样本就已经说明了接下来是什么。</translation>
    </message>
    <message>
        <source>Dropout&apos;s effect</source>
        <translation>Dropout 的效果</translation>
    </message>
    <message>
        <source>Dropout 0.5 (keep_prob 0.5, as the seed notebook feeds it): during training each layer&apos;s outputs are zeroed at random, half of them at every step, and the rest doubled. The test set is evaluated without dropout.</source>
        <translation>Dropout 0.5（keep_prob 0.5，和笔记中的代码喂入的一样）：训练时每层的输出被随机置零，每一步置零一半，其余的加倍。测试集在不使用 dropout 的情况下评估。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;loss&lt;/b&gt; chart: the batch losses are noisier and higher than without dropout (in our run, epoch 3 averaged 0.020 against 0.006).</source>
        <translation>&lt;b&gt;损失&lt;/b&gt;图：批次损失比不用 dropout 时噪声更大、也更高（在我们的运行中，第 3 轮平均为 0.020，不用时为 0.006）。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;test MSE&lt;/b&gt; points lie below the batch losses: the test runs the whole network, without dropping anything.</source>
        <translation>&lt;b&gt;测试 MSE&lt;/b&gt; 的点落在批次损失的下方：测试时运行的是完整的网络，什么也不丢弃。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;prediction&lt;/b&gt; still follows the sine, a little later: in our run the test MSE after 3 epochs was 0.0056, against 0.0030 without dropout. On a task this small there is nothing to overfit, so dropout only slows learning down.</source>
        <translation>&lt;b&gt;预测&lt;/b&gt;仍然能跟上正弦，只是晚一些：在我们的运行中，3 轮后测试 MSE 是 0.0056，不用 dropout 时是 0.0030。在这么小的任务上没有什么可过拟合的，所以 dropout 只会让学习变慢。</translation>
    </message>
    <message>
        <source>A learning rate far too high</source>
        <translation>学习率过高</translation>
    </message>
    <message>
        <source>Learning rate 0.5, 500 times the seed&apos;s 0.001. Each step moves the weights so far that within a few steps the tanh head saturates: the network outputs a constant +1 or −1, whatever the input. The lesson starts paused: press &lt;b&gt;Step&lt;/b&gt; to train one batch at a time.</source>
        <translation>学习率 0.5，是笔记中 0.001 的 500 倍。每一步都把权重推得太远，几步之内 tanh 输出层就饱和了：不管输入是什么，网络都输出恒定的 +1 或 −1。本课开始时处于暂停状态：按&lt;b&gt;单步&lt;/b&gt;一次训练一个批次。</translation>
    </message>
    <message>
        <source>It never recovers: a saturated tanh passes almost no gradient back. Nothing becomes infinite, so this is not reported as a divergence; Reset is the way out.</source>
        <translation>它再也恢复不过来：饱和的 tanh 几乎不再回传梯度。没有任何值变成无穷大，所以这不会被报告为发散；出路是“重置”。</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Step&lt;/b&gt; eight times and watch the loss: it falls for three steps, then climbs from the 4th step on, to about 4 by the 8th. The red prediction is already a flat line.</source>
        <translation>按八次&lt;b&gt;单步&lt;/b&gt;，观察损失：它先下降三步，从第 4 步起开始上升，到第 8 步时约为 4。红色的预测已经是一条水平线了。</translation>
    </message>
    <message>
        <source>Then train: the prediction stays a flat line at +1 or −1. The batch loss swings between 0 and 4 as the batches move along the sine, and the test MSE stays at about 1.09. The gate heatmaps are all 0 or 1: every gate is saturated too.</source>
        <translation>然后开始训练：预测一直是停在 +1 或 −1 的水平线。随着批次沿正弦移动，批次损失在 0 到 4 之间摆动，测试 MSE 停在 1.09 左右。门热力图全是 0 或 1：每个门也都饱和了。</translation>
    </message>
    <message>
        <source>Retrain with 20-step windows</source>
        <translation>用 20 步的窗口重新训练</translation>
    </message>
    <message>
        <source>Then press &lt;i&gt;Retrain with 20 units&lt;/i&gt;: the same network with 20 units. It replaces this run, so note the test MSE first.</source>
        <translation>然后按&lt;i&gt;用 20 个单元重新训练&lt;/i&gt;：同样的网络，换成 20 个单元。它会替换当前这次训练，所以请先记下测试 MSE。</translation>
    </message>
    <message>
        <source>Retrain with 20 units</source>
        <translation>用 20 个单元重新训练</translation>
    </message>
    <message>
        <source>Retrain with 20 time steps</source>
        <translation>用 20 个时间步重新训练</translation>
    </message>
    <message>
        <source>Then press &lt;i&gt;Retrain without dropout&lt;/i&gt;: the same network without dropout. It replaces this run, so note the test MSE first.</source>
        <translation>然后按&lt;i&gt;不用 dropout 重新训练&lt;/i&gt;：同样的网络，不用 dropout。它会替换当前这次训练，所以请先记下测试 MSE。</translation>
    </message>
    <message>
        <source>Retrain without dropout</source>
        <translation>不用 dropout 重新训练</translation>
    </message>
    <message>
        <source>Then press &lt;i&gt;Retrain at learning rate 0.001&lt;/i&gt;: the seed&apos;s learning rate. It replaces this run.</source>
        <translation>然后按&lt;i&gt;以学习率 0.001 重新训练&lt;/i&gt;：笔记中的学习率。它会替换当前这次训练。</translation>
    </message>
    <message>
        <source>Retrain at learning rate 0.001</source>
        <translation>以学习率 0.001 重新训练</translation>
    </message>
    <message>
        <source>Memory over 50 steps</source>
        <translation>跨越 50 步的记忆</translation>
    </message>
    <message>
        <source>The echo task: the signal is random noise, and each window of 52 samples is labelled with its second sample, the one seen 50 steps before the window ends. Nothing later in the window says what it was: a network that cannot carry it for 50 steps can only answer 0, a test MSE of 0.213 (the noise&apos;s variance). This lesson trains a plain RNN for 30 epochs; then retrain with an LSTM, the same size, for the same 30 epochs.</source>
        <translation>回声任务：信号是随机噪声，每个 52 个样本的窗口以它的第二个样本为标签，即窗口结束前 50 步看到的那个。窗口中后来的内容都说明不了它是什么：不能把它带过 50 步的网络只能回答 0，测试 MSE 为 0.213（噪声的方差）。本课先训练一个普通 RNN 30 轮；然后改用同样大小的 LSTM，同样训练 30 轮。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;loss&lt;/b&gt; chart: the test MSE sits at about 0.213 from the start: the network answers 0, whatever it sees. In our run the plain RNN stayed there for all 30 epochs (4,680 steps), but for one dip to 0.18 at epoch 6. Its state already holds the first sample when the one to keep arrives, and 50 more follow: with no gate it cannot choose what to write and what to keep, and the error that should teach it fades over the 50 steps back.</source>
        <translation>&lt;b&gt;损失&lt;/b&gt;图：测试 MSE 从一开始就停在约 0.213：无论看到什么，网络都回答 0。在我们的运行中，普通 RNN 30 轮（4,680 步）一直停在那里，只在第 6 轮降到过一次 0.18。要记住的样本到来时，它的状态里已经有第一个样本，之后还有 50 个：没有门，它无法选择写入什么、保留什么，而本该教会它的误差在向回的 50 步中逐渐消失。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;prediction&lt;/b&gt; chart: the target is the noise itself, each recalled sample drawn where it lies; the red answers stay flat near 0.</source>
        <translation>&lt;b&gt;预测&lt;/b&gt;图：目标就是噪声本身，每个被回忆的样本画在它所在的位置；红色的回答平平地停在 0 附近。</translation>
    </message>
    <message>
        <source>Then press &lt;i&gt;Retrain with an LSTM&lt;/i&gt;. In our run it also sat at 0.213 for 20 epochs, then broke through: 0.178 at epoch 21, 0.039 at 22, 0.0034 at 25 and 0.0012 at 30: the same steps, the same data, and only the cell differs.</source>
        <translation>然后按&lt;i&gt;改用 LSTM 重新训练&lt;/i&gt;。在我们的运行中，它也在 0.213 停了 20 轮，然后突破：第 21 轮 0.178，第 22 轮 0.039，第 25 轮 0.0034，第 30 轮 0.0012：同样的步数、同样的数据，只有单元不同。</translation>
    </message>
    <message>
        <source>Try Time steps 51, so that the sample to recall opens the window: then the plain RNN learns it too, and sooner (epoch 8 in our run), because its state is still empty when the sample arrives. With 60 time steps neither cell learned in 60 epochs.</source>
        <translation>试试把时间步数设为 51，让要回忆的样本成为窗口的第一个：这时普通 RNN 也能学会，而且更早（我们的运行中在第 8 轮），因为样本到来时它的状态还是空的。时间步数为 60 时，两种单元在 60 轮内都没有学会。</translation>
    </message>
    <message>
        <source>Retrain with an LSTM</source>
        <translation>改用 LSTM 重新训练</translation>
    </message>
    <message>
        <source>The forget gate&apos;s bias</source>
        <translation>遗忘门的偏置</translation>
    </message>
    <message>
        <source>PyTorch starts every LSTM bias small and random, so the forget gate f starts near 0.5: each step the cell keeps about half of its memory, and after 50 steps almost nothing. A common remedy (Gers et al. 2000, Jozefowicz et al. 2015) starts the forget bias at 1, so f starts near 0.73. This lesson trains the echo at lag 50 with forget bias 1; then retrain with PyTorch&apos;s own start and compare.</source>
        <translation>PyTorch 让 LSTM 的每个偏置都从小的随机值开始，于是遗忘门 f 从接近 0.5 开始：每一步细胞大约保留一半记忆，50 步之后几乎什么都不剩。常见的办法（Gers 等 2000，Jozefowicz 等 2015）是让遗忘门偏置从 1 开始，于是 f 从接近 0.73 开始。本课以遗忘门偏置 1 训练滞后 50 的回声任务；然后用 PyTorch 自己的起点重新训练并比较。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;f&lt;/b&gt; heatmap at the start: with bias 1 most of it is brighter than 0.5 from the first step.</source>
        <translation>开始时的 &lt;b&gt;f&lt;/b&gt; 热图：偏置为 1 时，从第一步起它的大部分就比 0.5 更亮。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;loss&lt;/b&gt; chart: in our run the test MSE stayed at 0.213 (the answer 0) until epoch 11, then fell: 0.179 at epoch 12, 0.062 at 13, 0.0026 at 17 and 0.00017 at 30.</source>
        <translation>&lt;b&gt;损失&lt;/b&gt;图：在我们的运行中，测试 MSE 在 0.213（回答 0）停到第 11 轮，然后下降：第 12 轮 0.179，第 13 轮 0.062，第 17 轮 0.0026，第 30 轮 0.00017。</translation>
    </message>
    <message>
        <source>Then press &lt;i&gt;Retrain with forget bias 0&lt;/i&gt;: the same network from PyTorch&apos;s start. In our run it broke through nine epochs later, at epoch 21, and reached 0.0012 at 30. But with 51 time steps the order was the other way round (bias 1 at epoch 28, bias 0 at 18): when the break comes depends on the random start as well as on the bias. Try other seeds before drawing a rule from one run.</source>
        <translation>然后按&lt;i&gt;以遗忘门偏置 0 重新训练&lt;/i&gt;：同一个网络，从 PyTorch 的起点开始。在我们的运行中，它晚了九轮，在第 21 轮突破，第 30 轮达到 0.0012。但时间步数为 51 时顺序正好相反（偏置 1 在第 28 轮，偏置 0 在第 18 轮）：突破何时到来既取决于偏置，也取决于随机起点。在从一次运行中得出规律之前，请先试试其他种子。</translation>
    </message>
    <message>
        <source>Retrain with forget bias 0</source>
        <translation>以遗忘门偏置 0 重新训练</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <source>Loss (mean squared error)</source>
        <translation>损失（均方误差）</translation>
    </message>
    <message>
        <source>train loss per step</source>
        <translation>每步的训练损失</translation>
    </message>
    <message>
        <source>test MSE per epoch</source>
        <translation>每轮的测试 MSE</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <source>MSE (log scale)</source>
        <translation>MSE（对数刻度）</translation>
    </message>
    <message>
        <source>step %L1
train loss %2</source>
        <translation>第 %L1 步
训练损失 %2</translation>
    </message>
    <message>
        <source>
test MSE %1 (epoch %2)</source>
        <translation>
测试 MSE %1（第 %2 轮）</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LSTM Lab</source>
        <translation>LSTM 实验室</translation>
    </message>
    <message>
        <source>&amp;Step One Batch</source>
        <translation>单步训练一个批次(&amp;S)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Train on exactly one batch, then pause (F10)</source>
        <translation>只用一个批次训练一步，然后暂停 (F10)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Start again from fresh random weights (Ctrl+R)</source>
        <translation>从新的随机权重重新开始 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Start Training on &amp;Launch</source>
        <translation>启动时开始训练(&amp;L)</translation>
    </message>
    <message>
        <source>Begin training the network as soon as LSTM Lab opens</source>
        <translation>LSTM 实验室一打开就开始训练网络</translation>
    </message>
    <message>
        <source>Let the Network Run &amp;Free</source>
        <translation>让网络自由运行(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About LSTM Lab</source>
        <translation>关于 LSTM 实验室(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>指南(&amp;G)</translation>
    </message>
    <message>
        <source>How an LSTM works and how to read every panel, with the window&apos;s own pictures (F1)</source>
        <translation>LSTM 如何工作、每个面板怎么看，配有本窗口自己的画面 (F1)</translation>
    </message>
    <message>
        <source>Let the network run free</source>
        <translation>让网络自由运行</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Gate Inspector</source>
        <translation>门检查器</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Gate &amp;Names</source>
        <translation>门的名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Share of the configured epochs done</source>
        <translation>已完成的轮数占设定轮数的比例</translation>
    </message>
    <message>
        <source>Passes over the whole training set</source>
        <translation>遍历整个训练集的次数</translation>
    </message>
    <message>
        <source>Training steps per second</source>
        <translation>每秒训练步数</translation>
    </message>
    <message>
        <source>Mean squared error of the last training batch, and on the whole test set after the last epoch</source>
        <translation>最近一个训练批次的均方误差，以及上一轮结束后在整个测试集上的均方误差</translation>
    </message>
    <message>
        <source>&lt;b&gt;These settings cannot be trained&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;这些设置无法训练&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; A new network learns from scratch, so the loss starts high again and the loss chart begins anew.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 新网络从零开始学习，所以损失又从高处开始，损失图也重新开始。</translation>
    </message>
    <message>
        <source>Learning rate ÷10, start over</source>
        <translation>学习率 ÷10，从头开始</translation>
    </message>
    <message numerus="yes">
        <source>Training finished: %n epoch(s) done. Press Train to start again, or set Epochs to &quot;until stopped&quot;.</source>
        <translation>
            <numerusform>训练结束：已完成 %n 轮。按“训练”重新开始，或把轮数设为“直到停止”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Epoch %1/%2</source>
        <translation>第 %1/%2 轮</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Step %L1</source>
        <translation>第 %L1 步</translation>
    </message>
    <message>
        <source>Weight updates so far, one per batch; batch %1 of %2 in this epoch</source>
        <translation>到目前为止的权重更新次数，每个批次一次；本轮第 %1 个批次，共 %2 个</translation>
    </message>
    <message>
        <source>Weight updates so far, one per batch</source>
        <translation>到目前为止的权重更新次数，每个批次一次</translation>
    </message>
    <message>
        <source>%L1 steps/s</source>
        <translation>%L1 步/秒</translation>
    </message>
    <message>
        <source>Loss %1 · Test MSE %2</source>
        <translation>损失 %1 · 测试 MSE %2</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>暂停训练 (空格)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Carry on training (Space)</source>
        <translation>继续训练 (空格)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Start training the network (Space)</source>
        <translation>开始训练网络 (空格)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>About LSTM Lab</source>
        <translation>关于 LSTM 实验室</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Anatomy</source>
        <translation>结构剖析</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Comparison for the lesson &quot;%1&quot;: %2</source>
        <translation>课程“%1”的对照：%2</translation>
    </message>
    <message>
        <source>Lesson &quot;%1&quot;: press Step (F10) to train one batch</source>
        <translation>课程“%1”：按“单步”(F10) 训练一个批次</translation>
    </message>
    <message>
        <source>Lesson &quot;%1&quot;</source>
        <translation>课程“%1”</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>state: training is running</comment>
        <translation>训练中</translation>
    </message>
    <message>
        <source>Feed the network its own predictions instead of the real signal, and draw where it goes on its own past the test data: what it has really learned, not just one-step-ahead copying.</source>
        <translation>不再输入真实的信号，而是把网络自己的预测喂回给它，并画出它在测试数据之后独自走向哪里：这才是它真正学到的东西，而不只是提前一步的照抄。</translation>
    </message>
    <message>
        <source>&amp;Pause After Each Epoch</source>
        <translation>每轮结束后暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Stop after every pass over the training set, with that epoch&apos;s test error on the loss chart; Resume goes on</source>
        <translation>每遍历一次训练集后停下，损失图上显示该轮的测试误差；按“继续”接着训练</translation>
    </message>
    <message>
        <source>Paused after epoch %1: its test MSE is the newest orange point of the loss chart. Resume (Space) trains the next epoch.</source>
        <translation>第 %1 轮结束后暂停：它的测试 MSE 是损失图上最新的橙色点。按“继续”（空格）训练下一轮。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This run failed&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;这次训练失败了&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Undone.&lt;/b&gt; The trained network is back, at step %L1 with its settings, loss history and optimizer. Press Train to go on.</source>
        <translation>&lt;b&gt;已撤销。&lt;/b&gt;训练过的网络回来了，停在第 %L1 步，连同它的设置、损失历史和优化器。按“训练”继续。</translation>
    </message>
    <message>
        <source>Undo: keep the trained network</source>
        <translation>撤销：保留训练过的网络</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LSTM Lab %1&lt;/h3&gt;&lt;p&gt;Trains a real LSTM network, live, to predict the next sample of a signal (the seed&apos;s sine, other waves or your own series), and shows what happens inside it while it learns:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the &lt;b&gt;prediction&lt;/b&gt; (red) against the real signal (dashed green) on the test set;&lt;/li&gt;&lt;li&gt;the &lt;b&gt;loss&lt;/b&gt;: the training batches&apos; error and the test error after each epoch;&lt;/li&gt;&lt;li&gt;the &lt;b&gt;gates&lt;/b&gt; of every layer for one input window: %3, per unit and time step.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Change a setting on the left and watch the network learn again. Every control&apos;s tooltip says what it does.&lt;/p&gt;&lt;p&gt;The network is PyTorch&apos;s LSTM (gate order i, f, g, o) written in &lt;nobr&gt;C++&lt;/nobr&gt; with Eigen; the window uses Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LSTM Lab %1&lt;/h3&gt;&lt;p&gt;实时训练一个真正的 LSTM 网络，让它预测一个信号（笔记中的正弦、其他波形或你自己的序列）的下一个样本，并展示它学习时内部发生的一切：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;预测&lt;/b&gt;（红色）与测试集上真实的信号（绿色虚线）对比；&lt;/li&gt;&lt;li&gt;&lt;b&gt;损失&lt;/b&gt;：各训练批次的误差，以及每轮结束后的测试误差；&lt;/li&gt;&lt;li&gt;每一层针对一个输入窗口的&lt;b&gt;门&lt;/b&gt;：%3，按单元和时间步展开。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;在左侧改一个设置，就能看着网络重新学习。每个控件的提示都会说明它的作用。&lt;/p&gt;&lt;p&gt;这个网络就是 PyTorch 的 LSTM（门的顺序 i、f、g、o），用 &lt;nobr&gt;C++&lt;/nobr&gt; 和 Eigen 写成；窗口使用 Qt %2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Free run&lt;/b&gt; (purple): from the first test window on, the network is fed its own predictions instead of the real signal. It was only ever trained to guess one step ahead from real samples, so its small errors add up: it often drifts or settles to a flat line. A curve that keeps its shape means it has learned the signal&apos;s rhythm, not just to copy the last sample.</source>
        <translation>&lt;b&gt;自由运行&lt;/b&gt;（紫色）：从第一个测试窗口起，喂给网络的是它自己的预测，而不是真实信号。它只被训练过根据真实样本往前猜一步，所以小误差会累积：曲线常常漂移，或者趋于一条平线。如果曲线保持住形状，说明它学到了信号的节律，而不只是照抄最后一个样本。</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>&amp;Sine</source>
        <translation>正弦(&amp;S)</translation>
    </message>
    <message>
        <source>The sine task: predict the next sample of a signal (Ctrl+Shift+1)</source>
        <translation>正弦任务：预测信号的下一个采样（Ctrl+Shift+1）</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>文本(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Embeddings</source>
        <translation>嵌入(&amp;E)</translation>
    </message>
    <message>
        <source>The embedding task: skip-gram word vectors, trained live on a map (Ctrl+Shift+3)</source>
        <translation>嵌入任务：skip-gram 词向量，在图上实时训练（Ctrl+Shift+3）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Embeddings&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The seed&apos;s third task: skip-gram learns a vector for every word (or character) by predicting its neighbours, and similar words drift together on the map. The other tasks pause while it is shown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;嵌入&lt;/b&gt;&lt;/p&gt;&lt;p&gt;笔记的第三个任务：skip-gram 通过预测邻近的词，为每个词（或字）学到一个向量，相似的词在图上渐渐聚到一起。显示它时，其他任务暂停。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The text task: a character-level network learns to write, from Tang poems or any text (Ctrl+Shift+2)</source>
        <translation>文本任务：字符级网络从唐诗或任意文本学习写作（Ctrl+Shift+2）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sine&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The seed&apos;s first task: from a window of samples, predict the next one. Its settings and network stay as they are while the text task is shown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;正弦&lt;/b&gt;&lt;/p&gt;&lt;p&gt;笔记的第一个任务：由一段采样窗口预测下一个采样。显示文本任务时，它的设置和网络保持原样。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Text&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The seed&apos;s second task: a character-level network reads a text one character at a time and learns to write like it. The sine&apos;s training pauses while it is shown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;文本&lt;/b&gt;&lt;/p&gt;&lt;p&gt;笔记的第二个任务：字符级网络逐字阅读文本，学着像它那样写作。显示它时，正弦训练暂停。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>Cannot learn from this text</source>
        <translation>无法学习此文本</translation>
    </message>
    <message>
        <source>Cannot open this text session</source>
        <translation>无法打开此文本会话</translation>
    </message>
    <message>
        <source>Unsaved text network</source>
        <translation>文本网络尚未保存</translation>
    </message>
    <message numerus="yes">
        <source>The text network has trained %n step(s) since it was last saved. Save it before closing? Discarding loses them.</source>
        <translation>
            <numerusform>自上次保存以来，文本网络已训练 %n 步。关闭前保存吗？放弃将丢失这些步。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Text Session</source>
        <translation>保存文本会话</translation>
    </message>
    <message>
        <source>LSTM Lab sessions (*.lstmlab)</source>
        <translation>LSTM 实验室会话 (*.lstmlab)</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Train Side by &amp;Side…</source>
        <translation>并排训练(&amp;S)…</translation>
    </message>
    <message>
        <source>Train two or three networks that differ in one setting on the same data, one step of each in turn, and compare their curves</source>
        <translation>在同一数据上训练两到三个只差一项设置的网络，轮流各走一步，并比较它们的曲线</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;How to read this screen&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&apos;color:#d61f1f&apos;&gt;&lt;b&gt;Red&lt;/b&gt;&lt;/span&gt;: the network&apos;s guess of every test window&apos;s label (the next sample; for the echo, the sample that many steps back); &lt;span style=&apos;color:#1a9c3a&apos;&gt;&lt;b&gt;dashed green&lt;/b&gt;&lt;/span&gt;: the real labels. When they overlap, it has learned.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Loss&lt;/b&gt;: the error of each training step and, after each epoch, on the test set. Log scale: each labelled line down is ten times smaller.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gates&lt;/b&gt;: what every unit&apos;s gates did at each time step of the shaded input window. Move the slider to pick another window.&lt;/p&gt;&lt;p&gt;Rest the mouse on any control to see what it does; right-click a panel to save it as an image or a table.&lt;/p&gt;&lt;p&gt;&lt;b&gt;New here?&lt;/b&gt; Follow the &lt;b&gt;Lessons&lt;/b&gt; (the Lesson tab below, or the Lessons menu), and press &lt;b&gt;F1&lt;/b&gt; for the Guide.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;如何阅读这个界面&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&apos;color:#d61f1f&apos;&gt;&lt;b&gt;红色&lt;/b&gt;&lt;/span&gt;：网络对每个测试窗口标签的猜测（下一个样本；回声任务中是往回那么多步的样本）；&lt;span style=&apos;color:#1a9c3a&apos;&gt;&lt;b&gt;绿色虚线&lt;/b&gt;&lt;/span&gt;：真实的标签。两者重合时，网络就学会了。&lt;/p&gt;&lt;p&gt;&lt;b&gt;损失&lt;/b&gt;：每个训练步的误差，以及每个轮次结束后在测试集上的误差。对数刻度：每往下一条标注线就小十倍。&lt;/p&gt;&lt;p&gt;&lt;b&gt;门&lt;/b&gt;：在阴影标出的输入窗口的每个时间步，每个单元的各个门做了什么。移动滑块可以选另一个窗口。&lt;/p&gt;&lt;p&gt;把鼠标停在任何控件上可以看到它的作用；右键单击面板可以把它保存为图片或表格。&lt;/p&gt;&lt;p&gt;&lt;b&gt;第一次来？&lt;/b&gt;跟着&lt;b&gt;课程&lt;/b&gt;学（下方的“课程”标签页或“课程”菜单），按 &lt;b&gt;F1&lt;/b&gt; 打开指南。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message numerus="yes">
        <source>Not for the echo: free run feeds the network its guess of the next sample, and the echo&apos;s guess is a sample %n steps back.</source>
        <translation>
            <numerusform>不适用于回声：自由运行把网络对下一个样本的猜测喂回给它，而回声任务猜的是往回 %n 步的样本。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeighbourPanel</name>
    <message>
        <source>&lt;b&gt;Nearest tokens&lt;/b&gt; (cosine similarity of their vectors)</source>
        <translation>&lt;b&gt;最近的词元&lt;/b&gt;（向量的余弦相似度）</translation>
    </message>
    <message>
        <source>Type a token, or click one on the map</source>
        <translation>输入一个词元，或在图上单击一个</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>“%1” is not in the vocabulary: only tokens that occur at least min-count times get a vector.</source>
        <translation>“%1”不在词表中：只有出现次数不少于最小词频的词元才有向量。</translation>
    </message>
</context>
<context>
    <name>OneHotLink</name>
    <message>
        <source>&lt;b&gt;The same token, two ways in&lt;/b&gt;</source>
        <translation>&lt;b&gt;同一个词元，两种进入方式&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open Text Session…</source>
        <translation>打开文本会话…</translation>
    </message>
    <message>
        <source>A session of the text task (saved in the window, or session.lstmlab of a headless --task text run): its character network&apos;s input weights</source>
        <translation>文本任务的会话（在窗口中保存的，或无界面 --task text 运行写出的 session.lstmlab）：取它的字符网络的输入权重</translation>
    </message>
    <message>
        <source>A character network&apos;s input is one-hot, so W&lt;sub&gt;ih&lt;/sub&gt;·x picks one column of W&lt;sub&gt;ih&lt;/sub&gt;: that column is the LSTM&apos;s own vector for the character, learnt while it learnt to write. The skip-gram learns a vector for the same token by predicting its neighbours.</source>
        <translation>字符网络的输入是 one-hot，所以 W&lt;sub&gt;ih&lt;/sub&gt;·x 取出 W&lt;sub&gt;ih&lt;/sub&gt; 的一列：这一列就是 LSTM 自己为该字符学到的向量，是在学写作时学到的。Skip-gram 则通过预测邻近词元，为同一个词元学到一个向量。</translation>
    </message>
    <message>
        <source>Open Text Session</source>
        <translation>打开文本会话</translation>
    </message>
    <message>
        <source>LSTM Lab sessions (*.lstmlab);;All files (*)</source>
        <translation>LSTM 实验室会话 (*.lstmlab);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <source>Cannot use %1: it holds fewer weights than its configuration says</source>
        <translation>无法使用 %1：它包含的权重比其配置所说的少</translation>
    </message>
    <message>
        <source>Choose a token on the map or in the list of nearest tokens.</source>
        <translation>请在图上或最近词元列表中选择一个词元。</translation>
    </message>
    <message>
        <source>Skip-gram vector of “%1” (%2 numbers):</source>
        <translation>“%1”的 skip-gram 向量（%2 个数）：</translation>
    </message>
    <message>
        <source>nearest by skip-gram: %1</source>
        <translation>按 skip-gram 最近：%1</translation>
    </message>
    <message>
        <source>Open a text session to see the character network&apos;s vector beside it.</source>
        <translation>打开一个文本会话，即可在旁边看到字符网络的向量。</translation>
    </message>
    <message>
        <source>“%1” is not a single character: the character network has no column for it (train the embeddings with tokens = characters to compare).</source>
        <translation>“%1”不是单个字符：字符网络中没有它的列（把词元设为“字”来训练嵌入，即可比较）。</translation>
    </message>
    <message>
        <source>“%1” does not occur in the text the character network learnt (%2).</source>
        <translation>“%1”没有出现在字符网络学习的文本中（%2）。</translation>
    </message>
    <message>
        <source>Column %1 of the character network&apos;s W&lt;sub&gt;ih&lt;/sub&gt; (4 × %2 numbers: the input parts of the gates i, f, g, o):</source>
        <translation>字符网络 W&lt;sub&gt;ih&lt;/sub&gt; 的第 %1 列（4 × %2 个数：门 i、f、g、o 的输入部分）：</translation>
    </message>
    <message>
        <source>nearest by the character network&apos;s input weights: %1</source>
        <translation>按字符网络的输入权重最近：%1</translation>
    </message>
</context>
<context>
    <name>PanelExporter</name>
    <message>
        <source>Cannot save %1: the panel &quot;%2&quot; has no size to draw.</source>
        <translation>无法保存 %1：面板“%2”没有可供绘制的尺寸。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the PNG encoder failed</source>
        <translation>PNG 编码器出错</translation>
    </message>
    <message>
        <source>%1, exported from LSTM Lab</source>
        <translation>%1，由 LSTM 实验室导出</translation>
    </message>
    <message>
        <source>Cannot write %1: the SVG generator could not start</source>
        <translation>无法写入 %1：SVG 生成器无法启动</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is a file, not a folder.</source>
        <translation>无法导出到 %1：它是一个文件，不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>PredictionChart</name>
    <message>
        <source>Prediction of the next sample on the test set</source>
        <translation>测试集上对下一个样本的预测</translation>
    </message>
    <message>
        <source>real %1</source>
        <translation>真实 %1</translation>
    </message>
    <message>
        <source>predicted by the network</source>
        <translation>网络的预测</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>&lt;p&gt;For every window of the test set (the end of the series, never seen in training) the network predicts the next sample: &lt;b&gt;red&lt;/b&gt;. The real %1 is &lt;b&gt;dashed green&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The shaded band is the input window whose gates the gate panels show. Right-click to save the chart or its data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;对测试集（序列的末尾，训练时从未见过）的每个窗口，网络预测下一个样本：&lt;b&gt;红色&lt;/b&gt;。真实的 %1 是&lt;b&gt;绿色虚线&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;阴影带是门面板所显示的门对应的输入窗口。右键单击可以保存图表或它的数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>input window #%1</source>
        <translation>输入窗口 #%1</translation>
    </message>
    <message>
        <source>free run</source>
        <translation>自由运行</translation>
    </message>
    <message>
        <source>Recall of the sample %1 steps back on the test set</source>
        <translation>测试集上对 %1 步之前样本的回忆</translation>
    </message>
    <message>
        <source>&lt;p&gt;The echo task: for every window of the test set the network answers with the sample it saw %1 steps before the window&apos;s end: &lt;b&gt;red&lt;/b&gt;. The real sample is &lt;b&gt;dashed green&lt;/b&gt;, drawn where it lies in the series, so the target is the noise itself.&lt;/p&gt;&lt;p&gt;The shaded band is the input window whose gates the gate panels show. Right-click to save the chart or its data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;回声任务：对测试集的每个窗口，网络回答它在窗口结束前 %1 步看到的样本：&lt;b&gt;红色&lt;/b&gt;。真实样本是&lt;b&gt;绿色虚线&lt;/b&gt;，画在它在序列中的位置上，所以目标就是噪声本身。&lt;/p&gt;&lt;p&gt;阴影带是门面板所显示的输入窗口。右键可保存图表或其数据。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RunListPanel</name>
    <message>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <source>no epoch completed</source>
        <translation>尚未完成一个轮次</translation>
    </message>
    <message>
        <source>test MSE %1</source>
        <translation>测试 MSE %1</translation>
    </message>
    <message>
        <source>%1. %2
%3 · %L4 steps · %5</source>
        <translation>%1. %2
%3 · %L4 步 · %5</translation>
    </message>
    <message>
        <source>plain RNN</source>
        <translation>普通 RNN</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>%1, %2 × %3 units, %4 time steps, seed %5</source>
        <translation>%1，%2 × %3 个单元，%4 个时间步，种子 %5</translation>
    </message>
    <message>
        <source>, forget bias %1</source>
        <translation>，遗忘门偏置 %1</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 个单元</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 time steps</source>
        <translation>%1 个时间步</translation>
    </message>
    <message>
        <source>forget bias %1</source>
        <translation>遗忘门偏置 %1</translation>
    </message>
    <message>
        <source>dropout %1</source>
        <translation>dropout %1</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <source>learning rate %1</source>
        <translation>学习率 %1</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批大小 %1</translation>
    </message>
    <message>
        <source>clip %1</source>
        <translation>裁剪 %1</translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation>不裁剪</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Every run that trained is kept here. Tick runs to draw them on the loss and prediction charts; the legend names what sets each apart.</source>
        <translation>训练过的每次运行都保存在这里。勾选运行即可把它们画到损失图和预测图上；图例写出各次运行的不同之处。</translation>
    </message>
    <message>
        <source>Train Side by Side…</source>
        <translation>并排训练…</translation>
    </message>
    <message>
        <source>Train two or three networks that differ in a setting (the cell, the seed, the forget bias…) on the same data, one step of each in turn</source>
        <translation>在同一数据上训练两到三个只差一项设置（单元类型、种子、遗忘门偏置……）的网络，轮流各走一步</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected run from the list</source>
        <translation>从列表中移除选中的运行</translation>
    </message>
    <message>
        <source>Kept runs: tick one to draw it on the charts</source>
        <translation>保存的运行：勾选即可画到图上</translation>
    </message>
    <message>
        <source>Runs kept for comparison</source>
        <translation>保存以供比较的运行</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Runs&lt;/b&gt;: every run that trained is kept here with its settings, loss curve, final test MSE and prediction, and saved in the session. Tick a run to draw it on the loss and prediction charts beside the present one. &lt;b&gt;Train Side by Side…&lt;/b&gt; trains two or three networks that differ in one setting on the same data, one step of each in turn.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;运行&lt;/b&gt;：训练过的每次运行都连同其设置、损失曲线、最终测试 MSE 和预测保存在这里，并随会话保存。勾选一次运行即可把它画到损失图和预测图上，与当前运行并列。&lt;b&gt;并排训练…&lt;/b&gt;在同一数据上训练两到三个只差一项设置的网络，轮流各走一步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Runs compared</source>
        <translation>运行对比</translation>
    </message>
    <message>
        <source>Training now: %1. It joins the list when it finishes or a new network replaces it.</source>
        <translation>正在训练：%1。它在训练结束或被新网络取代时加入列表。</translation>
    </message>
    <message>
        <source>Training now, side by side: %1. They join the list when they finish or new networks replace them.</source>
        <translation>正在并排训练：%1。它们在训练结束或被新网络取代时加入列表。</translation>
    </message>
    <message>
        <source>The runs training now are drawn on the charts already; the list keeps them once they end</source>
        <translation>正在训练的运行已经画在图上；它们结束后由列表保存</translation>
    </message>
</context>
<context>
    <name>SamplePanel</name>
    <message>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <source>Below 1 the network picks its likeliest characters more often (safer, more repetitive); above 1 it takes more chances (wilder)</source>
        <translation>低于 1 时网络更常选最可能的字符（更稳妥、更重复）；高于 1 时更敢冒险（更狂野）</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>长度：</translation>
    </message>
    <message>
        <source>Characters written per sample</source>
        <translation>每个样本写出的字符数</translation>
    </message>
    <message>
        <source>Start with:</source>
        <translation>开头：</translation>
    </message>
    <message>
        <source>the text&apos;s first character</source>
        <translation>文本的第一个字符</translation>
    </message>
    <message>
        <source>A priming text fed to the network before it writes; every character must appear in the text it learns</source>
        <translation>写作前先喂给网络的引导文本；每个字符都须出现在所学文本中</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Temperature&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The network gives every symbol a probability; the sample draws from them raised to 1/temperature. At 1 it draws as the network believes; lower is more careful, higher more adventurous.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;温度&lt;/b&gt;&lt;/p&gt;&lt;p&gt;网络给每个符号一个概率；采样按这些概率的 1/温度 次方抽取。为 1 时按网络所信抽取；更低更谨慎，更高更大胆。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Length&lt;/b&gt;&lt;/p&gt;&lt;p&gt;How many characters each sample draws after its priming text.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;长度&lt;/b&gt;&lt;/p&gt;&lt;p&gt;每个样本在引导文本之后抽取多少个字符。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sample Now&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The network writes from its present weights. While training runs a sample is written every few seconds and after every epoch, numbered with the epoch and step that wrote it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;立即采样&lt;/b&gt;&lt;/p&gt;&lt;p&gt;网络用当前权重写作。训练进行时，每隔几秒及每个周期结束时写一个样本，并标注写出它的周期和步数。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What the network writes, newest last</source>
        <translation>网络写出的文字，最新的在最后</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Samples&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Text written by the network, one character at a time, each drawn from its predicted probabilities and fed back in. From noise at the start to the shape of the text: line lengths, punctuation, words.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;样本&lt;/b&gt;&lt;/p&gt;&lt;p&gt;网络逐字写出的文本，每个字符按其预测概率抽取并回送输入。从起初的噪声到文本的形态：行长、标点、词语。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sample Now</source>
        <translation>立即采样</translation>
    </message>
    <message>
        <source>Write a sample from the present weights (one is also written every few seconds while training runs)</source>
        <translation>用当前权重写一个样本（训练时每隔几秒也会自动写一个）</translation>
    </message>
    <message>
        <source>── Sample %1 · epoch %2, step %L3 · temperature %4 ──</source>
        <translation>── 样本 %1 · 第 %2 周期，第 %L3 步 · 温度 %4 ──</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>&amp;New Session</source>
        <translation>新建会话(&amp;N)</translation>
    </message>
    <message>
        <source>Start again with the seed&apos;s configuration on the sine and fresh weights (%1)</source>
        <translation>用笔记中的配置、正弦信号和新的权重重新开始 (%1)</translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved session (.lstmlab) and go on training exactly where it stopped (%1)</source>
        <translation>打开一个保存过的会话 (.lstmlab)，从它停下的地方接着训练 (%1)</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <source>Save the settings, weights, optimizer state, loss history and signal, to go on later exactly where training is now (%1)</source>
        <translation>保存设置、权重、优化器状态、损失历史和信号，以后可以从训练现在的位置接着进行 (%1)</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the session to a new file</source>
        <translation>把会话保存到一个新文件</translation>
    </message>
    <message>
        <source>&amp;Import model.json…</source>
        <translation>导入 model.json(&amp;I)…</translation>
    </message>
    <message>
        <source>Load a model&apos;s structure and weights (from LSTM Lab&apos;s headless mode, say) and train it with the current settings; the optimizer starts afresh</source>
        <translation>载入一个模型的结构和权重（例如来自 LSTM 实验室的无界面模式），并用当前设置训练它；优化器从头开始</translation>
    </message>
    <message>
        <source>E&amp;xport model.json…</source>
        <translation>导出 model.json(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the network&apos;s structure and weights under PyTorch&apos;s names, to load into torch.nn.LSTM (docs/model-format.md)</source>
        <translation>按 PyTorch 的名称保存网络的结构和权重，以便载入 torch.nn.LSTM（见 docs/model-format.md）</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No Recent Sessions</source>
        <translation>没有最近的会话</translation>
    </message>
    <message>
        <source>Session not found</source>
        <translation>找不到会话</translation>
    </message>
    <message>
        <source>%1

no longer exists. It has been removed from the recent sessions.</source>
        <translation>%1

已不存在。它已从最近的会话中移除。</translation>
    </message>
    <message numerus="yes">
        <source>%n other missing file(s) were removed too.</source>
        <translation>
            <numerusform>另有 %n 个不存在的文件也已移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 已不存在</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — LSTM Lab</source>
        <translation>%1[*] — LSTM 实验室</translation>
    </message>
    <message>
        <source>session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>LSTM Lab sessions (*.%1)</source>
        <translation>LSTM 实验室会话 (*.%1)</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>会话另存为</translation>
    </message>
    <message>
        <source>Export model.json</source>
        <translation>导出 model.json</translation>
    </message>
    <message>
        <source>LSTM Lab models (*.json)</source>
        <translation>LSTM 实验室模型 (*.json)</translation>
    </message>
    <message>
        <source>Still busy with the last file; try again in a moment.</source>
        <translation>还在处理上一个文件；请稍后再试。</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Could not export the model</source>
        <translation>无法导出模型</translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>没有写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was lost: the training goes on in the window, and a file that was already there is unchanged. Choose another folder or name and try again.</source>
        <translation>没有丢失任何东西：训练仍在窗口中继续，原有的文件也没有改动。请换一个文件夹或文件名再试。</translation>
    </message>
    <message>
        <source>Exported the model to %1</source>
        <translation>已把模型导出到 %1</translation>
    </message>
    <message>
        <source>Saved %1 at step %2</source>
        <translation>已在第 %2 步保存 %1</translation>
    </message>
    <message>
        <source>Unsaved Training</source>
        <translation>未保存的训练</translation>
    </message>
    <message>
        <source>The training in this window has not been saved.</source>
        <translation>这个窗口中的训练尚未保存。</translation>
    </message>
    <message>
        <source>The training has changed since %1 was saved.</source>
        <translation>自保存 %1 以来，训练已有变化。</translation>
    </message>
    <message>
        <source>Closing once the file is written…</source>
        <translation>文件写完后就关闭…</translation>
    </message>
    <message>
        <source>Save it before closing? Discarding loses the steps trained since.</source>
        <translation>关闭前要保存吗？放弃将丢失此后训练的步数。</translation>
    </message>
    <message>
        <source>Save it before starting a new session?</source>
        <translation>开始新会话前要保存吗？</translation>
    </message>
    <message>
        <source>Could not start a new session</source>
        <translation>无法开始新会话</translation>
    </message>
    <message>
        <source>The current session is unchanged.</source>
        <translation>当前会话没有改变。</translation>
    </message>
    <message>
        <source>New session: the seed&apos;s configuration on the sine, with fresh weights.</source>
        <translation>新会话：笔记中的配置、正弦信号和新的权重。</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>LSTM Lab sessions (*.%1);;All files (*)</source>
        <translation>LSTM 实验室会话 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save it before opening %1?</source>
        <translation>打开 %1 之前要保存吗？</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <source>The session in the window is unchanged.</source>
        <translation>窗口中的会话没有改变。</translation>
    </message>
    <message>
        <source>Opened %1 at step %2 (epoch %3). Press Train to go on from there.</source>
        <translation>已打开 %1，位于第 %2 步（第 %3 轮）。按“训练”从那里继续。</translation>
    </message>
    <message>
        <source>Import model.json</source>
        <translation>导入 model.json</translation>
    </message>
    <message>
        <source>LSTM Lab models (*.json);;All files (*)</source>
        <translation>LSTM 实验室模型 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save it before importing %1?</source>
        <translation>导入 %1 之前要保存吗？</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Could not import the model</source>
        <translation>无法导入模型</translation>
    </message>
    <message>
        <source>Imported %1: its structure and weights, trained with your settings; the optimizer starts afresh.</source>
        <translation>已导入 %1：它的结构和权重，用你的设置训练；优化器从头开始。</translation>
    </message>
    <message>
        <source>the series it learns: %1</source>
        <translation>它学习的序列：%1</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>The new network stays.</source>
        <translation>新网络保持不变。</translation>
    </message>
</context>
<context>
    <name>SessionIo</name>
    <message>
        <source>its settings are outside the ranges the window offers</source>
        <translation>它的设置超出了窗口提供的范围</translation>
    </message>
    <message>
        <source>it cannot be trained here: %1</source>
        <translation>无法在这里训练它：%1</translation>
    </message>
    <message>
        <source>this is a model.json, not a session: File › Import model.json… trains it</source>
        <translation>这是一个 model.json，不是会话：请用“文件 › 导入 model.json…”来训练它</translation>
    </message>
</context>
<context>
    <name>SessionSignal</name>
    <message>
        <source>signal.parameters is not a JSON object</source>
        <translation>signal.parameters 不是 JSON 对象</translation>
    </message>
    <message>
        <source>signal.parameters.%1: a CSV series has only &quot;path&quot; and &quot;column&quot;</source>
        <translation>signal.parameters.%1：CSV 序列只有 &quot;path&quot; 和 &quot;column&quot;</translation>
    </message>
    <message>
        <source>signal.parameters.path must name the CSV file the series was read from</source>
        <translation>signal.parameters.path 必须是读取该序列的 CSV 文件名</translation>
    </message>
    <message>
        <source>signal.parameters.column must be a whole number from 0 (the only column) up</source>
        <translation>signal.parameters.column 必须是从 0（唯一的一列）起的整数</translation>
    </message>
    <message>
        <source>signal.id &quot;%1&quot; is none of the signals LSTM Lab knows (%2)</source>
        <translation>signal.id &quot;%1&quot; 不是 LSTM 实验室认识的信号（%2）</translation>
    </message>
    <message>
        <source>signal.parameters.%1 must be a number</source>
        <translation>signal.parameters.%1 必须是数字</translation>
    </message>
    <message>
        <source>signal.parameters.noise must be in 0..%1 (got %2)</source>
        <translation>signal.parameters.noise 必须在 0..%1 之间（实际为 %2）</translation>
    </message>
    <message>
        <source>signal.parameters.%1: the signal &quot;%2&quot; has no such parameter</source>
        <translation>signal.parameters.%1：信号 &quot;%2&quot; 没有这个参数</translation>
    </message>
    <message>
        <source>signal.parameters: %1</source>
        <translation>signal.parameters：%1</translation>
    </message>
    <message>
        <source>the series it learns: %1</source>
        <translation>它学习的序列：%1</translation>
    </message>
    <message>
        <source>the signal it learns: %1</source>
        <translation>它学习的信号：%1</translation>
    </message>
    <message>
        <source>the data it learns cannot be made: %1</source>
        <translation>无法生成它要学习的数据：%1</translation>
    </message>
</context>
<context>
    <name>SideBySideDialog</name>
    <message>
        <source>Train Side by Side</source>
        <translation>并排训练</translation>
    </message>
    <message>
        <source>Two or three networks learn the same signal at once, one step of each in turn, so all have taken the same steps. Each run has its own weights, optimizer and random numbers; every setting not shown here is the Hyperparameters panel&apos;s. The first run is the one the gate panels show.</source>
        <translation>两到三个网络同时学习同一信号，轮流各走一步，因此步数始终相同。每次运行都有自己的权重、优化器和随机数；这里没有列出的设置都取自“超参数”面板。门面板显示的是第一次运行。</translation>
    </message>
    <message>
        <source>Cell:</source>
        <translation>单元类型：</translation>
    </message>
    <message>
        <source>num_units:</source>
        <translation>num_units：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Forget gate bias:</source>
        <translation>遗忘门偏置：</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;运行 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>plain RNN</source>
        <translation>普通 RNN</translation>
    </message>
    <message>
        <source>1 (LSTM)</source>
        <translation>1（LSTM）</translation>
    </message>
    <message>
        <source>Start the LSTM&apos;s forget gate at a bias of 1 (remember by default) instead of PyTorch&apos;s 0</source>
        <translation>LSTM 的遗忘门偏置从 1 开始（默认记住），而不是 PyTorch 的 0</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
</context>
<context>
    <name>SignalCatalog</name>
    <message>
        <source>The seed notebook&apos;s signal: one pure sine with period 2 pi.</source>
        <translation>笔记代码中的信号：一条周期为 2 pi 的纯正弦。</translation>
    </message>
    <message>
        <source>Three sines of different frequencies added together: the network has to track several oscillations at once.</source>
        <translation>三个不同频率的正弦相加：网络必须同时跟踪几种振荡。</translation>
    </message>
    <message>
        <source>A sine whose swing shrinks over time, like a plucked string: the test range is quieter than most of the training range.</source>
        <translation>摆幅随时间缩小的正弦，就像拨动的琴弦：测试区间比大部分训练区间都平静。</translation>
    </message>
    <message>
        <source>Jumps between +A and -A every half period. A window that sits on a flat part cannot tell when the next jump comes.</source>
        <translation>每半个周期在 +A 和 -A 之间跳变一次。落在平坦段上的窗口无法判断下一次跳变何时到来。</translation>
    </message>
    <message>
        <source>Climbs steadily from -A to A, then drops back at once.</source>
        <translation>从 -A 平稳爬升到 A，然后立刻跌回。</translation>
    </message>
    <message>
        <source>Angular frequency w in radians per unit of x: the period is 2 pi / w, and the seed&apos;s sin(x) has w = 1 (about 628 samples per period at the seed&apos;s spacing 0.01).</source>
        <translation>角频率 w，单位是每单位 x 的弧度：周期为 2 pi / w；笔记中的 sin(x) 有 w = 1（按笔记的采样间隔 0.01，每个周期约 628 个样本）。</translation>
    </message>
    <message>
        <source>Height of the wave; the network&apos;s tanh output reaches +-1 only in the limit.</source>
        <translation>波的高度；网络的 tanh 输出只有在极限情况下才能达到 +-1。</translation>
    </message>
    <message>
        <source>Decay rate d per unit of x: the swing halves every ln 2 / d (69 units at d = 0.01); 0 gives the plain sine.</source>
        <translation>每单位 x 的衰减率 d：摆幅每隔 ln 2 / d 减半（d = 0.01 时为 69 个单位）；0 则是普通的正弦。</translation>
    </message>
    <message>
        <source>A memory task: the series is random noise, and the network must output the sample it saw lag steps before the window&apos;s end. Only a network that carries that value along can do better than guessing 0.</source>
        <translation>记忆任务：序列是随机噪声，网络必须输出它在窗口结束前 lag 步看到的那个样本。只有把这个值一路带下去的网络才能比猜 0 做得更好。</translation>
    </message>
    <message>
        <source>How many steps back the sample to recall lies, counted from the window&apos;s last sample: 1..timesteps - 1.</source>
        <translation>要回忆的样本在多少步之前，从窗口的最后一个样本算起：1..timesteps - 1。</translation>
    </message>
    <message>
        <source>The noise is uniform in (-A, A): guessing 0 always misses by A^2 / 3 on average.</source>
        <translation>噪声在 (-A, A) 上均匀分布：总是猜 0 平均偏差 A^2 / 3。</translation>
    </message>
</context>
<context>
    <name>SignalPanel</name>
    <message>
        <source>sd %1</source>
        <translation>标准差 %1</translation>
    </message>
    <message>
        <source>Sine (the seed&apos;s)</source>
        <translation>正弦（笔记中的）</translation>
    </message>
    <message>
        <source>Sum of sines</source>
        <translation>正弦之和</translation>
    </message>
    <message>
        <source>Damped sine</source>
        <translation>阻尼正弦</translation>
    </message>
    <message>
        <source>Square wave</source>
        <translation>方波</translation>
    </message>
    <message>
        <source>Sawtooth</source>
        <translation>锯齿波</translation>
    </message>
    <message>
        <source>Your series: %1</source>
        <translation>你的序列：%1</translation>
    </message>
    <message>
        <source>Frequency w</source>
        <translation>频率 w</translation>
    </message>
    <message>
        <source>Frequency w%1</source>
        <translation>频率 w%1</translation>
    </message>
    <message>
        <source>Amplitude A</source>
        <translation>振幅 A</translation>
    </message>
    <message>
        <source>Amplitude a%1</source>
        <translation>振幅 a%1</translation>
    </message>
    <message>
        <source>Decay d</source>
        <translation>衰减 d</translation>
    </message>
    <message>
        <source>%1, scaled to [−1, 1]</source>
        <translation>%1，缩放到 [−1, 1]</translation>
    </message>
    <message>
        <source>sum of sines</source>
        <translation>正弦之和</translation>
    </message>
    <message>
        <source>damped sine</source>
        <translation>阻尼正弦</translation>
    </message>
    <message>
        <source>square wave</source>
        <translation>方波</translation>
    </message>
    <message>
        <source>sawtooth</source>
        <translation>锯齿波</translation>
    </message>
    <message>
        <source>%1 + noise (sd %2)</source>
        <translation>%1 + 噪声（标准差 %2）</translation>
    </message>
    <message>
        <source>Import a Series from a CSV File</source>
        <translation>从 CSV 文件导入序列</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Choose the Value Column</source>
        <translation>选择数值列</translation>
    </message>
    <message>
        <source>%1 has %2 columns. Which one holds the series to learn?</source>
        <translation>%1 有 %2 列。要学习的序列在哪一列？</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>%1

The network keeps training on the previous signal. See the Signals section of the documentation for what a CSV file may hold.</source>
        <translation>%1

网络继续在之前的信号上训练。CSV 文件可以包含什么，请参阅文档中的“信号”一节。</translation>
    </message>
    <message>
        <source>Your last series could not be read again, so the network learns %1 instead: %2</source>
        <translation>无法再次读取你上次的序列，所以网络改为学习%1：%2</translation>
    </message>
    <message>
        <source>Your series %1 stays in the list above.</source>
        <translation>你的序列 %1 仍留在上面的列表中。</translation>
    </message>
    <message>
        <source>&amp;Signal:</source>
        <translation>信号(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Noise:</source>
        <translation>噪声(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>What the network learns to continue. Changing it makes new data and a new network that learns from scratch.</source>
        <translation>网络要学着接续下去的序列。修改它会生成新数据和一个从零开始学习的新网络。</translation>
    </message>
    <message>
        <source>Gaussian noise added to every sample (its standard deviation). Even a perfect network then misses by about sd² on average.</source>
        <translation>加到每个样本上的高斯噪声（它的标准差）。这样一来，即使是完美的网络，平均误差也约为 sd²。</translation>
    </message>
    <message>
        <source>Learn your own series: a CSV file with one value column, or a column you choose. The last tenth becomes the test set.</source>
        <translation>学习你自己的序列：一个只有一列数值的 CSV 文件，或其中你选定的一列。最后十分之一作为测试集。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Signal&lt;/b&gt;: the series the network learns to continue, one sample at a time: the seed&apos;s sine, other waves, noise on top, or your own CSV file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;信号&lt;/b&gt;：网络学着一个样本一个样本接续下去的序列：笔记中的正弦、其他波形、叠加噪声，或者你自己的 CSV 文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 values; the last %2 are the test set. The training part&apos;s range [%3, %4] is scaled to [−1, 1].</source>
        <translation>%1 个值；最后 %2 个是测试集。训练部分的范围 [%3, %4] 被缩放到 [−1, 1]。</translation>
    </message>
    <message>
        <source>Echo (memory)</source>
        <translation>回声（记忆）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Lag&lt;/b&gt;: the echo task labels each window with the sample that came &lt;i&gt;lag&lt;/i&gt; steps before its last one, so the network must remember it that long while new noise keeps arriving. Nothing later in the window says what it was.&lt;/p&gt;&lt;p&gt;It must be 1..time steps &amp;minus; 1: the sample has to lie inside the window. Until the network remembers, its best answer is 0, a test MSE equal to the noise&apos;s variance (0.213 at amplitude 0.8). At lag 50 every cell sits there for many epochs first (Lessons &amp;gt; Memory over 50 steps).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;滞后&lt;/b&gt;：回声任务用窗口最后一个样本之前 &lt;i&gt;lag&lt;/i&gt; 步的样本作为该窗口的标签，所以在新噪声不断到来时，网络必须把它记住这么久。窗口中后来的内容都说明不了它是什么。&lt;/p&gt;&lt;p&gt;它必须在 1..时间步数 &amp;minus; 1 之间：该样本必须位于窗口之内。在网络记住之前，它最好的回答是 0，测试 MSE 等于噪声的方差（幅度 0.8 时为 0.213）。滞后 50 时，每种单元都会先在那里停留许多轮（课程 &amp;gt; 跨越 50 步的记忆）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>The echo needs windows of at least 2 time steps: with %1 there is no lag to recall (the lag must be 1..time steps − 1).</source>
        <translation>回声需要至少 2 个时间步的窗口：%1 个时间步时没有可回忆的滞后（滞后必须在 1..时间步数 − 1 之间）。</translation>
    </message>
    <message>
        <source>Lag %1 does not fit windows of %2 time steps: the lag must be 1..%3, so that the sample to recall lies inside the window. Lower the lag, or raise the time steps to at least %4.</source>
        <translation>滞后 %1 放不进 %2 个时间步的窗口：滞后必须在 1..%3 之间，要回忆的样本才会在窗口之内。请减小滞后，或把时间步数至少增加到 %4。</translation>
    </message>
    <message>
        <source>echo: the noise %1 steps back</source>
        <translation>回声：%1 步之前的噪声</translation>
    </message>
</context>
<context>
    <name>SpeedSlider</name>
    <message>
        <source>full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>1 step/s</source>
        <translation>1 步/秒</translation>
    </message>
    <message>
        <source>≤ %1 steps/s</source>
        <translation>≤ %1 步/秒</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>速度(&amp;P)：</translation>
    </message>
    <message>
        <source>Full Speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>Teaching Pace</source>
        <translation>教学速度</translation>
    </message>
    <message>
        <source>Train as fast as this computer can</source>
        <translation>以这台计算机能达到的最快速度训练</translation>
    </message>
    <message>
        <source>Back to %1, a pace at which you can watch the network learn</source>
        <translation>回到 %1，这个速度下可以看着网络学习</translation>
    </message>
    <message>
        <source>The pace of training, from one step (one batch) per second on the left to full speed on the right. LSTM Lab starts at a teaching pace of 200 steps a second, so you can watch the prediction take shape; slower, you can follow the gates step by step.</source>
        <translation>训练的速度：最左边每秒一步（一个批次），最右边全速。LSTM 实验室以每秒 200 步的教学速度开始，让你看着预测逐渐成形；再慢一些，就能一步一步地跟着门的变化。</translation>
    </message>
</context>
<context>
    <name>TextAnalysisPanel</name>
    <message>
        <source>Find a unit</source>
        <translation>寻找单元</translation>
    </message>
    <message>
        <source>Which units follow quotes, brackets, the position in the line, punctuation or a poem&apos;s first line.</source>
        <translation>哪些单元跟随引号、括号、行内位置、标点或诗的首行。</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>The chosen unit&apos;s equations at the chosen character, with its numbers.</source>
        <translation>所选单元在所选字符处的方程及其数值。</translation>
    </message>
    <message>
        <source>No text traced yet: the maps fill in while the network trains.</source>
        <translation>尚无文本记录：网络训练时热图会填充。</translation>
    </message>
    <message>
        <source>Characters %1 … %2 of the %3 in the character view</source>
        <translation>字符视图 %3 个字符中的第 %1 … %2 个</translation>
    </message>
    <message>
        <source>%1 · the first %2 of %3 units</source>
        <translation>%1 · %3 个单元中的前 %2 个</translation>
    </message>
    <message>
        <source>Characters %1 … %2</source>
        <translation>第 %1 … %2 个字符</translation>
    </message>
</context>
<context>
    <name>TextControlPanel</name>
    <message>
        <source>Text to learn</source>
        <translation>要学习的文本</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>The text the network learns to write, one character at a time</source>
        <translation>网络逐字学着写的文本</translation>
    </message>
    <message>
        <source>Open Text…</source>
        <translation>打开文本…</translation>
    </message>
    <message>
        <source>Learn from any UTF-8 text file (File &gt; Open Text…)</source>
        <translation>从任意 UTF-8 文本文件学习（文件 &gt; 打开文本…）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Open Text&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Any UTF-8 text can be learnt: a novel from Project Gutenberg, your own poems, source code. Each distinct character becomes one symbol of the network&apos;s vocabulary (at most 10,000).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;打开文本&lt;/b&gt;&lt;/p&gt;&lt;p&gt;任何 UTF-8 文本都可学习：古登堡计划的小说、你自己的诗、源代码。每个不同的字符成为网络词表中的一个符号（最多 10,000 个）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Text to learn&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The 300 Tang poems come with the Debian package fortunes-zh, the English fortunes with fortunes. The last 10% of the text is held out: the validation figure is measured on it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;要学习的文本&lt;/b&gt;&lt;/p&gt;&lt;p&gt;唐诗三百首来自 Debian 软件包 fortunes-zh，英文格言来自 fortunes。文本最后 10% 留作验证：验证指标在其上测量。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Preset…</source>
        <translation>预设…</translation>
    </message>
    <message>
        <source>Text defaults (2 × 128)</source>
        <translation>文本默认（2 × 128）</translation>
    </message>
    <message>
        <source>Udacity Anna KaRNNa (2 × 512)</source>
        <translation>Udacity Anna KaRNNa（2 × 512）</translation>
    </message>
    <message>
        <source>Set every control at once: LSTM Lab&apos;s text defaults, or the seed&apos;s Udacity configuration (2 layers of 512 units, 100 steps, 100 streams, learning rate 0.001, dropout 0.5, clipping 5)</source>
        <translation>一次设定所有控件：LSTM 实验室的文本默认值，或笔记的 Udacity 配置（2 层 512 单元、100 步、100 路流、学习率 0.001、dropout 0.5、裁剪 5）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Presets&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The seed&apos;s second project trains Udacity&apos;s &quot;Anna KaRNNa&quot;: 2 layers of 512 units on 100 streams of 100 characters. It needs far more time per step than the text defaults.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;预设&lt;/b&gt;&lt;/p&gt;&lt;p&gt;笔记的第二个项目训练 Udacity 的“Anna KaRNNa”：2 层 512 单元，100 路流、每路 100 个字符。每步所需时间远多于文本默认值。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>num_units:</source>
        <translation>num_units：</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>层数：</translation>
    </message>
    <message>
        <source>Time steps:</source>
        <translation>时间步：</translation>
    </message>
    <message>
        <source>Characters per batch and stream: how far back the gradient reaches</source>
        <translation>每批每路流的字符数：梯度回溯多远</translation>
    </message>
    <message>
        <source>Dropout:</source>
        <translation>Dropout：</translation>
    </message>
    <message>
        <source>Share of each layer&apos;s outputs dropped while training</source>
        <translation>训练时每层输出被丢弃的比例</translation>
    </message>
    <message>
        <source>Streams:</source>
        <translation>流数：</translation>
    </message>
    <message>
        <source>The text is cut into this many parallel streams: the batch size</source>
        <translation>文本被切成这么多路并行流：即批大小</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <source>Adam&apos;s step size</source>
        <translation>Adam 的步长</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <source>Passes over the training text; 0 trains until stopped</source>
        <translation>遍历训练文本的次数；0 表示一直训练到停止</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source>Clip norm:</source>
        <translation>裁剪范数：</translation>
    </message>
    <message>
        <source>Gradients longer than this are scaled down to it; 0 turns clipping off</source>
        <translation>长于此值的梯度被缩放到此值；0 关闭裁剪</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>Starting weights and dropout masks</source>
        <translation>初始权重和 dropout 掩码</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>Plain RNN</source>
        <translation>普通 RNN</translation>
    </message>
    <message>
        <source>Cell:</source>
        <translation>单元类型：</translation>
    </message>
    <message>
        <source>The recurrent cell of every layer: the LSTM (gates i, f, g, o and a cell state c), the GRU (gates r, z, n) or the plain RNN (h = tanh of its input and h before), as PyTorch&apos;s nn.LSTM, nn.GRU and nn.RNN</source>
        <translation>每一层的循环单元：LSTM（门 i、f、g、o 与细胞状态 c）、GRU（门 r、z、n）或普通 RNN（h = tanh(输入与上一步的 h)），与 PyTorch 的 nn.LSTM、nn.GRU、nn.RNN 相同</translation>
    </message>
    <message>
        <source>Units in every layer (H)</source>
        <translation>每层的单元数（H）</translation>
    </message>
    <message>
        <source>Stacked recurrent layers</source>
        <translation>堆叠的循环层</translation>
    </message>
</context>
<context>
    <name>TextCorpusCatalog</name>
    <message>
        <source>300 Tang poems (Chinese)</source>
        <translation>唐诗三百首（中文）</translation>
    </message>
    <message>
        <source>Fortunes about computers (English)</source>
        <translation>关于计算机的格言（英文）</translation>
    </message>
    <message>
        <source>%1 is not installed: %2 is missing. Install the Debian package %3 (sudo apt-get install %3), or open any UTF-8 text with File &gt; Open Text….</source>
        <translation>%1 未安装：缺少 %2。请安装 Debian 软件包 %3（sudo apt-get install %3），或用 文件 &gt; 打开文本… 打开任意 UTF-8 文本。</translation>
    </message>
    <message>
        <source>No such text: %1</source>
        <translation>没有这个文本：%1</translation>
    </message>
</context>
<context>
    <name>TextLossChart</name>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <source>bits per character</source>
        <translation>每字符比特</translation>
    </message>
    <message>
        <source>Loss in bits per character</source>
        <translation>以每字符比特计的损失</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bits per character&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The cross-entropy in bits: log2 of the vocabulary&apos;s size for a network that knows nothing, the unigram entropy for one that knows only how often each character occurs, and lower for one that uses the context. The validation figure is measured on the held-out last 10% of the text, without dropout.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;每字符比特&lt;/b&gt;&lt;/p&gt;&lt;p&gt;以比特计的交叉熵：一无所知的网络为词表大小的 log2，只知字符频率的为一元熵，利用上下文的则更低。验证指标在留出的最后 10% 文本上测量，不用 dropout。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>unigram</source>
        <translation>一元模型</translation>
    </message>
    <message>
        <source>How many bits the network needs, on average, to encode the next character: the training batches (blue) and the held-out validation text after every epoch (orange). The dashed line, unigram, is a model that ignores context and knows only how often each character occurs.</source>
        <translation>网络平均需要多少比特来编码下一个字符：训练批（蓝）和每个周期后留出的验证文本（橙）。虚线“一元模型”是忽略上下文、只知道每个字符出现频率的模型。</translation>
    </message>
</context>
<context>
    <name>TextTaskPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; A new network learns from scratch: the loss starts high again.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 新网络从头学起：损失又从高处开始。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training diverged&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;训练发散&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;These settings cannot be trained&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;这些设置无法训练&lt;/b&gt;：%1</translation>
    </message>
    <message numerus="yes">
        <source>Text training finished: %n epoch(s) done.</source>
        <translation>
            <numerusform>文本训练完成：已完成 %n 个周期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Anatomy</source>
        <translation>结构剖析</translation>
    </message>
    <message>
        <source>Gates over the text</source>
        <translation>文本上的门</translation>
    </message>
    <message>
        <source>The start of the validation text, every character tinted by one unit; which units follow quotes, lines or punctuation; every gate over the characters.</source>
        <translation>验证文本的开头，每个字符按一个单元着色；哪些单元跟随引号、行或标点；字符上的每个门。</translation>
    </message>
    <message>
        <source>Open &amp;Text…</source>
        <translation>打开文本(&amp;T)…</translation>
    </message>
    <message>
        <source>Learn from any UTF-8 text file: the text task writes in its style</source>
        <translation>从任意 UTF-8 文本文件学习：文本任务会模仿它的风格写作</translation>
    </message>
    <message>
        <source>Open Te&amp;xt Session…</source>
        <translation>打开文本会话(&amp;X)…</translation>
    </message>
    <message>
        <source>Open a saved text session (the window&apos;s or a headless run&apos;s session.lstmlab) and go on training where it stopped</source>
        <translation>打开保存的文本会话（窗口或无界面运行的 session.lstmlab），从停下处继续训练</translation>
    </message>
    <message>
        <source>Save Text Session &amp;As…</source>
        <translation>文本会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the text network, its optimizer, histories and samples, to go on later exactly where training is now</source>
        <translation>保存文本网络、优化器、历史和样本，以后从现在的位置原样继续训练</translation>
    </message>
    <message>
        <source>Learning from %1</source>
        <translation>正在学习 %1</translation>
    </message>
    <message>
        <source>Open Text</source>
        <translation>打开文本</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot learn from this text</source>
        <translation>无法学习此文本</translation>
    </message>
    <message>
        <source>%1 was trained on a text with another vocabulary (%2 symbols) than %3 (%4)</source>
        <translation>%1 所训练文本的词表（%2 个符号）与 %3（%4 个）不同</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Opened %1 at step %L2</source>
        <translation>已打开 %1，第 %L2 步</translation>
    </message>
    <message>
        <source>Open Text Session</source>
        <translation>打开文本会话</translation>
    </message>
    <message>
        <source>LSTM Lab sessions (*.lstmlab);;All files (*)</source>
        <translation>LSTM 实验室会话 (*.lstmlab);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open this text session</source>
        <translation>无法打开此文本会话</translation>
    </message>
    <message>
        <source>Save Text Session</source>
        <translation>保存文本会话</translation>
    </message>
    <message>
        <source>LSTM Lab sessions (*.lstmlab)</source>
        <translation>LSTM 实验室会话 (*.lstmlab)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot save the text session</source>
        <translation>无法保存文本会话</translation>
    </message>
    <message>
        <source>%L1 characters, %L2 distinct symbols. A model that knows only how often each occurs needs %3 bits per character: the dashed line to beat.</source>
        <translation>%L1 个字符，%L2 个不同符号。只知各符号频率的模型需要每字符 %3 比特：这是要超越的虚线。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a text on the left: its symbols are the network&apos;s inputs and outputs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在左侧选择文本：它的符号就是网络的输入和输出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>one column per symbol: the one-hot input picks a column, no product</source>
        <translation>每个符号一列：独热输入选取一列，无需乘法</translation>
    </message>
    <message>
        <source>the layer below&apos;s h</source>
        <translation>下一层的 h</translation>
    </message>
    <message>
        <source>the layer&apos;s own h of the step before</source>
        <translation>本层上一步的 h</translation>
    </message>
    <message>
        <source>softmax over the symbols: the next character&apos;s probabilities</source>
        <translation>对符号做 softmax：下一个字符的概率</translation>
    </message>
    <message>
        <source>tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Epoch %1/%2</source>
        <translation>周期 %1/%2</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>周期 %1</translation>
    </message>
    <message>
        <source>Step %L1 (batch %2 of %3)</source>
        <translation>第 %L1 步（第 %2/%3 批）</translation>
    </message>
    <message>
        <source>Step %L1</source>
        <translation>第 %L1 步</translation>
    </message>
    <message>
        <source>%1 bits/char · validation %2</source>
        <translation>%1 比特/字符 · 验证 %2</translation>
    </message>
    <message>
        <source> · %1 steps/s</source>
        <translation> · %1 步/秒</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Parameters: %L1&lt;/b&gt; (one-hot input of %L2 symbols: %3×V = %L4 input weights)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;参数：%L1&lt;/b&gt;（%L2 个符号的独热输入：%3×V = %L4 个输入权重）&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Every character is one of V = %L1 symbols. The network reads it as a one-hot vector, %n %2 layer(s) of H = %L3 units carry the state, and a softmax head gives the probability of every symbol coming next.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;每个字符是 V = %L1 个符号之一。网络把它读作独热向量，%n 层 H = %L3 个单元的 %2 承载状态，softmax 输出头给出每个符号作为下一个字符的概率。&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextTrainingController</name>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>num_units</source>
        <translation>num_units</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>timesteps</source>
        <translation>时间步</translation>
    </message>
    <message>
        <source>streams</source>
        <translation>流数</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Text model rebuilt with new weights: %1.</source>
        <translation>文本模型已用新权重重建：%1。</translation>
    </message>
    <message>
        <source>There is no text to learn from: choose a corpus or open a text file.</source>
        <translation>没有可学习的文本：请选择语料或打开文本文件。</translation>
    </message>
</context>
<context>
    <name>TextTrainingWorker</name>
    <message>
        <source>The model could not be built: %1</source>
        <translation>无法构建模型：%1</translation>
    </message>
    <message>
        <source>There is no text to learn from.</source>
        <translation>没有可学习的文本。</translation>
    </message>
    <message>
        <source>There is no trained text model to save.</source>
        <translation>没有可保存的已训练文本模型。</translation>
    </message>
</context>
<context>
    <name>TraceWindowPicker</name>
    <message>
        <source>Gates of input window:</source>
        <translation>门对应的输入窗口：</translation>
    </message>
    <message>
        <source>Which test window the gate panels below show. Its input samples are shaded on the prediction chart; the network&apos;s answer for it is the next point of the red curve.</source>
        <translation>下方门面板显示的是哪一个测试窗口。它的输入样本在预测图上以阴影标出；网络对它的回答就是红色曲线上的下一个点。</translation>
    </message>
    <message>
        <source>#%1 of %2 · x %3 – %4</source>
        <translation>#%1 / 共 %2 · x %3 – %4</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>num_units</source>
        <translation>num_units</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>timesteps</source>
        <translation>时间步数</translation>
    </message>
    <message>
        <source>input size</source>
        <translation>输入维度</translation>
    </message>
    <message>
        <source>output size</source>
        <translation>输出维度</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Model rebuilt with new weights: %1.</source>
        <translation>模型已用新的权重重建：%1。</translation>
    </message>
    <message>
        <source>Model rebuilt with new weights for the signal &quot;%1&quot;.</source>
        <translation>模型已为信号“%1”用新的权重重建。</translation>
    </message>
    <message>
        <source>Model rebuilt with new weights for the series &quot;%1&quot;.</source>
        <translation>模型已为序列“%1”用新的权重重建。</translation>
    </message>
    <message>
        <source>cell %1 → %2</source>
        <translation>单元 %1 → %2</translation>
    </message>
    <message>
        <source>forget bias</source>
        <translation>遗忘门偏置</translation>
    </message>
    <message>
        <source>Side by side trains 2 or 3 runs, not %1.</source>
        <translation>并排训练需要 2 或 3 次运行，而不是 %1 次。</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>The model could not be built: %1</source>
        <translation>无法构建模型：%1</translation>
    </message>
    <message>
        <source>There is no model to train.</source>
        <translation>没有可训练的模型。</translation>
    </message>
    <message>
        <source>There is no trained model: the last settings could not be built.</source>
        <translation>没有训练好的模型：上一次的设置无法构建。</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>LSTM Lab has no translation for &quot;%1&quot;; it speaks: %2.</source>
        <translation>LSTM 实验室没有“%1”的翻译；可用的语言有：%2。</translation>
    </message>
    <message>
        <source>The translation catalogue %1 is missing from this build of LSTM Lab.</source>
        <translation>这个版本的 LSTM 实验室缺少翻译文件 %1。</translation>
    </message>
    <message>
        <source>LSTM Lab</source>
        <translation>LSTM 实验室</translation>
    </message>
</context>
<context>
    <name>UnrolledDiagram</name>
    <message>
        <source>&lt;p&gt;The network unrolled over the time steps of the traced input window. Every box in a row is the &lt;b&gt;same&lt;/b&gt; LSTM cell with the same weights, drawn once per time step: the cell state c and the hidden state h are carried from each step to the next. Only the last step&apos;s h reaches the tanh head, which predicts the next sample.&lt;/p&gt;&lt;p&gt;Click a box to pick its time step in the gate heatmaps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在所跟踪输入窗口的各个时间步上展开的网络。一行中的每个方框都是&lt;b&gt;同一个&lt;/b&gt; LSTM 细胞、同一组权重，只是每个时间步画一次：细胞状态 c 和隐状态 h 从每一步传到下一步。只有最后一步的 h 进入 tanh 输出层，由它预测下一个样本。&lt;/p&gt;&lt;p&gt;单击一个方框，就会在门热力图中选中它的时间步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>One cell, reused at every time step (same weights W_ih, W_hh, b)</source>
        <translation>一个细胞，在每个时间步重复使用（同一组权重 W_ih、W_hh、b）</translation>
    </message>
    <message>
        <source>timesteps = 1: the cell runs once, from zero state.</source>
        <translation>timesteps = 1：细胞从零状态开始运行一次。</translation>
    </message>
    <message>
        <source>timesteps = %1: the copies are one cell at t = 0 … %2, not %1 cells. c and h carry the memory along. Click a copy to pick its time step.</source>
        <translation>timesteps = %1：这些副本是同一个细胞在 t = 0 … %2 时的样子，而不是 %1 个细胞。c 和 h 一路传递记忆。单击一个副本即可选中它的时间步。</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>⋮ %1 more</source>
        <translation>⋮ 另有 %1 层</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>另有 %1 步</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>tanh head
%1 → 1</source>
        <translation>tanh 输出层
%1 → 1</translation>
    </message>
    <message>
        <source>ŷ = %1
next sample %2</source>
        <translation>ŷ = %1
下一个样本 %2</translation>
    </message>
    <message>
        <source>ŷ: the next sample</source>
        <translation>ŷ：下一个样本</translation>
    </message>
    <message>
        <source>reads h of the last step only</source>
        <translation>只读取最后一步的 h</translation>
    </message>
    <message>
        <source>&lt;p&gt;The network unrolled over the time steps of the traced input window. Every box in a row is the &lt;b&gt;same&lt;/b&gt; %1 cell with the same weights, drawn once per time step: the hidden state h, its only memory (it has no cell state c), is carried from each step to the next. Only the last step&apos;s h reaches the tanh head, which predicts the next sample.&lt;/p&gt;&lt;p&gt;Click a box to pick its time step in the gate heatmaps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;网络沿所追踪输入窗口的时间步展开。一行中的每个方框都是&lt;b&gt;同一个&lt;/b&gt; %1 细胞，权重相同，每个时间步画一次：隐状态 h 是它唯一的记忆（它没有细胞状态 c），从每一步传到下一步。只有最后一步的 h 到达 tanh 输出头，由它预测下一个样本。&lt;/p&gt;&lt;p&gt;单击方框可在门热力图中选中它的时间步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>plain RNN</source>
        <translation>普通 RNN</translation>
    </message>
    <message>
        <source>timesteps = %1: the copies are one cell at t = 0 … %2, not %1 cells. h carries the memory along (this cell has no c). Click a copy to pick its time step.</source>
        <translation>timesteps = %1：这些副本是同一个细胞在 t = 0 … %2 时的样子，不是 %1 个细胞。h 沿途携带记忆（这种细胞没有 c）。单击一个副本可选中它的时间步。</translation>
    </message>
</context>
<context>
    <name>VectorStrip</name>
    <message>
        <source>component %1%2: %3</source>
        <translation>分量 %1%2：%3</translation>
    </message>
</context>
<context>
    <name>WindowHelp</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Units (num_units)&lt;/b&gt;: the number of neurons in each of the four gate layers of an LSTM cell (i, f, g and o), not a number of cells. It is the number of rows of every heatmap and the length of the cell state c and the hidden state h.&lt;/p&gt;&lt;p&gt;Try 2 units, then the seed&apos;s 20, then 64: watch how well the red prediction follows the sine and how fast the loss falls. Help › Guide explains num_units with your network&apos;s numbers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;单元数 (num_units)&lt;/b&gt;：LSTM 细胞中四个门层（i、f、g 和 o）各自的神经元个数，而不是细胞的个数。它是每张热力图的行数，也是细胞状态 c 和隐状态 h 的长度。&lt;/p&gt;&lt;p&gt;先试 2 个单元，再试笔记中的 20 个，然后 64 个：看红色的预测跟正弦贴得多紧、损失降得多快。“帮助 › 指南”会用你的网络的数字解释 num_units。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Layers&lt;/b&gt;: LSTM layers stacked on each other. Layer 1 reads the sine; each higher layer reads the hidden states h of the layer below at every step.&lt;/p&gt;&lt;p&gt;With two or more, compare the layers with the selector above the heatmaps: higher layers often look smoother.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;层数&lt;/b&gt;：相互堆叠的 LSTM 层。第 1 层读取正弦；每个更高的层在每一步读取下面一层的隐状态 h。&lt;/p&gt;&lt;p&gt;有两层或更多时，用热力图上方的选择框比较各层：较高的层往往看起来更平滑。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Time steps&lt;/b&gt;: how many past samples the network reads before predicting the next one, the length of every input window.&lt;/p&gt;&lt;p&gt;The heatmaps get one column per step and the shaded band on the prediction chart widens. The same cell is applied at every step, so more steps add no weights, only work.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;时间步数&lt;/b&gt;：网络在预测下一个样本之前读取多少个过去的样本，即每个输入窗口的长度。&lt;/p&gt;&lt;p&gt;热力图每一步一列，预测图上的阴影带也会变宽。每一步用的都是同一个细胞，所以步数多了不会增加权重，只会增加计算量。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Dropout&lt;/b&gt;: while training, each output of every LSTM layer is zeroed with this probability (the rest are scaled up), so the network cannot rely on any one unit.&lt;/p&gt;&lt;p&gt;Watch the training loss get noisier while the test error, computed without dropout, stays low. The seed&apos;s notebook sets keep 0.5 but never uses it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dropout&lt;/b&gt;：训练时，每个 LSTM 层的每个输出以这个概率被置零（其余的相应放大），这样网络就不能依赖任何一个单元。&lt;/p&gt;&lt;p&gt;观察训练损失变得更加嘈杂，而不用 dropout 计算的测试误差仍然很低。笔记中的代码设置了 keep 0.5，但从未真正用上。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The keep probability, 1 − dropout: what the seed&apos;s DropoutWrapper calls output_keep_prob.&lt;/p&gt;</source>
        <translation>&lt;p&gt;保留概率，即 1 − dropout：笔记代码中的 DropoutWrapper 称之为 output_keep_prob。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Learning rate&lt;/b&gt;: how far Adam moves the weights at each step.&lt;/p&gt;&lt;p&gt;Watch the loss chart: too small and the loss falls slowly; too large and it jumps about or climbs, and the run may diverge (a red banner then offers a smaller rate). The seed uses 0.001.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;学习率&lt;/b&gt;：Adam 每一步把权重移动多远。&lt;/p&gt;&lt;p&gt;观察损失图：太小时损失下降缓慢；太大时损失上下乱跳或不断上升，训练还可能发散（这时会出现红色横幅，建议一个更小的学习率）。笔记中用的是 0.001。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Batch size&lt;/b&gt;: how many windows are averaged into one training step.&lt;/p&gt;&lt;p&gt;Small batches make many noisy steps per epoch (a jagged loss curve); large ones few smooth steps. The seed uses 64.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;批大小&lt;/b&gt;：多少个窗口平均成一个训练步。&lt;/p&gt;&lt;p&gt;小批次每轮走很多步，但噪声大（损失曲线锯齿状）；大批次步数少而平稳。笔记中用的是 64。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Epochs&lt;/b&gt;: passes over the whole training set; the status bar counts them and the test error is measured after each.&lt;/p&gt;&lt;p&gt;“until stopped” trains until you pause. The seed trains 50 epochs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;轮数&lt;/b&gt;：遍历整个训练集的次数；状态栏会计数，每轮结束后测量测试误差。&lt;/p&gt;&lt;p&gt;“直到停止”会一直训练到你暂停为止。笔记中训练 50 轮。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Seed&lt;/b&gt;: fixes the random initial weights (and dropout and shuffling).&lt;/p&gt;&lt;p&gt;Change it to see that a different start can learn faster or slower, and that units take on different roles each time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;随机种子&lt;/b&gt;：固定随机的初始权重（以及 dropout 和打乱顺序）。&lt;/p&gt;&lt;p&gt;改一改它，就能看到不同的起点可能学得更快或更慢，而且每次各单元承担的角色都不一样。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Train / Pause / Resume&lt;/b&gt; (Space): starts training, pauses it keeping the weights, and carries on.&lt;/p&gt;&lt;p&gt;While it trains every panel updates live.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;训练 / 暂停 / 继续&lt;/b&gt;（空格）：开始训练、暂停（保留权重）以及继续训练。&lt;/p&gt;&lt;p&gt;训练时每个面板都会实时更新。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Step&lt;/b&gt; (F10): one training step on one batch, then pause.&lt;/p&gt;&lt;p&gt;Click it repeatedly and watch the gates and the gate inspector&apos;s numbers change by one weight update at a time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;单步&lt;/b&gt;（F10）：用一个批次训练一步，然后暂停。&lt;/p&gt;&lt;p&gt;反复单击它，观察门和门检查器中的数值随着一次次权重更新而变化。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Reset&lt;/b&gt; (Ctrl+R): fresh random weights from the seed, as before the first step; the loss history starts again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;重置&lt;/b&gt;（Ctrl+R）：由随机种子生成新的随机权重，回到第一步之前的状态；损失历史重新开始。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training loss of every step and test error after every epoch, on a log scale</source>
        <translation>每一步的训练损失和每轮结束后的测试误差，对数刻度</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Loss&lt;/b&gt;: the mean squared error of each training batch (thin line) and of the whole test set after each epoch (points), on a logarithmic scale: each labelled line down is ten times smaller.&lt;/p&gt;&lt;p&gt;A falling curve is learning; a curve that levels off has learned what it can with these settings; jumps upward mean the learning rate is too large.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;损失&lt;/b&gt;：每个训练批次（细线）和每轮结束后整个测试集（点）的均方误差，对数刻度：每往下一条标注线，数值小十倍。&lt;/p&gt;&lt;p&gt;曲线下降说明在学习；曲线走平说明在这些设置下能学的都学到了；往上跳说明学习率太大。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every gate of one layer for the shaded input window: rows are units, columns time steps. Click a cell to inspect it.</source>
        <translation>某一层针对阴影输入窗口的每一个门：行是单元，列是时间步。单击格子即可检查它。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Layer&lt;/b&gt;: which LSTM layer the heatmaps show. Layer 1 reads the sine; each further layer reads the outputs of the layer below.&lt;/p&gt;&lt;p&gt;Compare the layers: the first often follows the sine closely, higher ones combine it into slower or shifted patterns. The gate inspector follows the layer chosen here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;层&lt;/b&gt;：热力图显示哪一个 LSTM 层。第 1 层读取正弦；其后每一层读取下面一层的输出。&lt;/p&gt;&lt;p&gt;比较各层：第一层往往紧跟正弦，更高的层把它组合成更慢或相位错开的模式。门检查器跟随这里选中的层。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Input window&lt;/b&gt;: picks which window of the test set the heatmaps and the gate inspector show; it is shaded on the prediction chart.&lt;/p&gt;&lt;p&gt;Move it to a peak, a trough or a zero crossing of the sine and see how the gates react to each part of the wave.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;输入窗口&lt;/b&gt;：选择热力图和门检查器显示测试集的哪一个窗口；它在预测图上以阴影标出。&lt;/p&gt;&lt;p&gt;把它移到正弦的波峰、波谷或过零点，看看门对波形的每个部分作何反应。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The chosen window: its number among the test windows and the x range it covers</source>
        <translation>所选窗口：它在测试窗口中的编号，以及它覆盖的 x 范围</translation>
    </message>
    <message>
        <source>&lt;p&gt;The input window the heatmaps show: its number and the x values of its first and last samples.&lt;/p&gt;</source>
        <translation>&lt;p&gt;热力图显示的输入窗口：它的编号，以及它第一个和最后一个样本的 x 值。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Free run&lt;/b&gt;: after the test data the network is fed its own predictions and runs on alone.&lt;/p&gt;&lt;p&gt;A network that has really learned the sine keeps drawing it; one that has only learned to copy the last sample drifts away or goes flat.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;自由运行&lt;/b&gt;：测试数据之后，把网络自己的预测喂回给它，让它独自往下运行。&lt;/p&gt;&lt;p&gt;真正学会正弦的网络会继续把它画下去；只学会照抄上一个样本的网络会漂走或变平。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Train / Pause / Resume&lt;/b&gt; (Space): starts training, pauses it keeping the weights, and carries on. Every panel updates live while it trains.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;训练 / 暂停 / 继续&lt;/b&gt;（空格）：开始训练、暂停（保留权重）以及继续训练。训练时每个面板都会实时更新。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Step&lt;/b&gt; (F10): one training step on one batch, then pause: watch one weight update change the gates and the inspector&apos;s numbers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;单步&lt;/b&gt;（F10）：用一个批次训练一步，然后暂停：观察一次权重更新如何改变门和检查器中的数值。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Reset&lt;/b&gt; (Ctrl+R): fresh random weights, as before the first step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;重置&lt;/b&gt;（Ctrl+R）：新的随机权重，回到第一步之前的状态。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hyperparameters&lt;/b&gt;: the shape of the network and how it is trained. A change to units, layers or time steps builds a new network that learns from scratch; the others take effect at the next step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;超参数&lt;/b&gt;：网络的形状和训练方式。修改单元数、层数或时间步数会构建一个从零开始学习的新网络；其他设置从下一步起生效。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What the training is doing now</source>
        <translation>训练此刻在做什么</translation>
    </message>
    <message>
        <source>&lt;p&gt;Training, Paused, Finished, Diverged or Ready.&lt;/p&gt;</source>
        <translation>&lt;p&gt;训练中、已暂停、已完成、已发散或就绪。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The epoch in progress: one epoch is one pass over all training windows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;正在进行的轮次：一轮就是把所有训练窗口遍历一遍。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Training steps so far: one step is one batch and one weight update.&lt;/p&gt;</source>
        <translation>&lt;p&gt;到目前为止的训练步数：一步就是一个批次和一次权重更新。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;How many training steps the computer manages per second.&lt;/p&gt;</source>
        <translation>&lt;p&gt;计算机每秒能完成多少个训练步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The last batch&apos;s loss and the last test error, the numbers behind the loss chart.&lt;/p&gt;</source>
        <translation>&lt;p&gt;最近一个批次的损失和最近一次测试误差，即损失图背后的数值。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The share of the configured epochs done.&lt;/p&gt;</source>
        <translation>&lt;p&gt;已完成的轮数占设定轮数的比例。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Export all&lt;/b&gt; (Ctrl+Shift+E): every panel as a PNG picture, an SVG drawing and a CSV table of its numbers, into one folder; the gates as one picture per layer. File &gt; Export Scale makes the PNG pictures 2 or 4 times larger.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;全部导出&lt;/b&gt;（Ctrl+Shift+E）：把每个面板保存为 PNG 图片、SVG 绘图和数值 CSV 表格，放入同一文件夹；门的图每层一张。“文件 &gt; 导出比例”可使 PNG 图片放大 2 倍或 4 倍。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The training series cut into windows: the windows of the batch just trained and their labels</source>
        <translation>训练序列被切成窗口：刚训练的这一批的窗口及其标签</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Batches&lt;/b&gt;: the training series is cut into windows of as many samples as there are time steps, each labelled with the sample that follows it. A training step takes one batch of windows (64 in the seed; the last batch of an epoch is shorter). The shaded part shows the windows of the batch just trained, one row each below, with a red dot on each label; the strip on top shows where the batch lies in the whole series.&lt;/p&gt;&lt;p&gt;Press Step to move one batch on. With shuffling on, a batch&apos;s windows lie scattered over the series.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;批次&lt;/b&gt;：训练序列被切成若干窗口，每个窗口的样本数等于时间步数，标签是紧随其后的那个样本。一个训练步取一批窗口（种子配置为 64 个；每轮的最后一批较短）。阴影部分是刚训练的这一批窗口，下方每个窗口占一行，每个标签上有一个红点；顶部的细条显示这一批在整个序列中的位置。&lt;/p&gt;&lt;p&gt;按“单步”前进一批。打开打乱顺序时，一批中的窗口散布在整个序列上。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cell&lt;/b&gt;: what every layer is made of. The LSTM has four gate layers and a cell state c that carries the memory; the GRU has three (reset r, update z and the candidate n) and keeps its memory in h; the plain RNN is one tanh layer without gates.&lt;/p&gt;&lt;p&gt;Train each on the same settings and compare the loss curves. The gate heatmaps, the Gate Inspector and the Anatomy show the chosen cell&apos;s own gates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;单元类型&lt;/b&gt;：每一层由什么构成。LSTM 有四个门层和一个承载记忆的细胞状态 c；GRU 有三个（重置门 r、更新门 z 和候选值 n），把记忆保存在 h 中；普通 RNN 只有一个 tanh 层，没有门。&lt;/p&gt;&lt;p&gt;用相同的设置分别训练它们并比较损失曲线。门热力图、门检查器和结构剖析显示所选单元自己的门。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Prediction&lt;/b&gt;: for every window of the test set (the end of the series, never seen in training) the network&apos;s guess of its label (red) against the real labels (dashed green; their name is in the legend). The label is the sample after the window, or for the echo the sample that many steps back.&lt;/p&gt;&lt;p&gt;When the red curve lies on the green one the network has learned. Look at the peaks and troughs, where a half-trained network lags. The shaded band is the window the heatmaps show.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;预测&lt;/b&gt;：对测试集的每个窗口（序列的末尾，训练中从未见过），网络对其标签的猜测（红色）与真实标签（绿色虚线；名称见图例）的对比。标签是窗口之后的那个样本，回声任务中则是往回那么多步的样本。&lt;/p&gt;&lt;p&gt;红色曲线落在绿色曲线上时，网络就学会了。看看波峰和波谷，半训练的网络在那里会滞后。阴影带是热图显示的那个窗口。&lt;/p&gt;</translation>
    </message>
</context>
</TS>
