<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnalogyPanel</name>
    <message>
        <source>&lt;b&gt;Analogy&lt;/b&gt;: the tokens nearest to a − b + c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a, e.g. king</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b, e.g. man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c, e.g. woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the tokens nearest to a − b + c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1 is to %2 as %3 is to …?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train first: there are no vectors yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the vocabulary: %1 (only tokens that occur at least min-count times have vectors).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnatomyView</name>
    <message>
        <source>&lt;b&gt;%1 trainable parameters&lt;/b&gt; = %2&lt;br&gt;the same count as PyTorch&apos;s &lt;tt&gt;nn.LSTM(%3, %4, num_layers=%5)&lt;/tt&gt; + &lt;tt&gt;nn.Linear(%4, %6)&lt;/tt&gt;: 4H(I+H+2) per layer, H+1 per output for the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell of &amp;layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Weights&lt;/b&gt; (PyTorch&apos;s names and shapes; H = num_units = %1, I = input width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which layer&apos;s cell the drawing shows. Layer 1 reads the signal; each layer above reads the h of the layer below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Every weight tensor of the model with its shape. weight_ih and weight_hh stack the four gate layers&apos; weights: rows 0…H−1 input gate i, H…2H−1 forget gate f, 2H…3H−1 candidate g, 3H…4H−1 output gate o (PyTorch&apos;s order). Hence 4H rows: four layers of H neurons.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of trainable parameters, computed from the shapes above. sum(p.numel() for p in model.parameters()) gives the same in PyTorch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Anatomy&lt;/b&gt; of the network being trained, for the current settings.&lt;/p&gt;&lt;p&gt;Top: one LSTM cell. num_units is the number of neurons in each of its four gate layers, not a number of cells.&lt;/p&gt;&lt;p&gt;Middle: the network unrolled over time: the same cell, with the same weights, used once per time step; c and h carry the memory from step to step.&lt;/p&gt;&lt;p&gt;Bottom: the shape of every weight and the parameter count, which equals PyTorch&apos;s for the same model.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 1 (reads the signal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 (reads h of layer %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dense head: the last time step&apos;s h of the top layer → the prediction, through tanh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1&apos;s input weights: each of the 4H neurons (4 gate layers × H) has one weight per number of x_t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1&apos;s recurrent weights: each of the 4H neurons has one weight per number of h_{t−1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1&apos;s biases: one per neuron of the 4 gate layers (PyTorch keeps two, b_ih and b_hh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anatomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network being trained, for the current settings: one cell, the same cell unrolled over time, and every weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the Dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the anatomy view back in its place in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the anatomy view in a large window of its own, where the cell, the unrolled network and the weight table all have room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 trainable parameters&lt;/b&gt; = %2&lt;br&gt;the same count as PyTorch&apos;s &lt;tt&gt;nn.%3(%4, %5, num_layers=%6)&lt;/tt&gt; + &lt;tt&gt;nn.Linear(%5, %7)&lt;/tt&gt;: %8(I+H+2) per layer, H+1 per output for the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Every weight tensor of the model with its shape. weight_ih and weight_hh stack the GRU&apos;s three gate layers&apos; weights: rows 0…H−1 reset gate r, H…2H−1 update gate z, 2H…3H−1 candidate n (PyTorch&apos;s order). Hence 3H rows.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Every weight tensor of the model with its shape. The plain RNN has one tanh layer of H neurons, so weight_ih and weight_hh have H rows (PyTorch&apos;s nn.RNN).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Anatomy&lt;/b&gt; of the network being trained, for the current settings.&lt;/p&gt;&lt;p&gt;Top: one %1 cell. num_units is the number of neurons in each of its gate layers, not a number of cells.&lt;/p&gt;&lt;p&gt;Middle: the network unrolled over time: the same cell, with the same weights, used once per time step; h carries the memory from step to step (the %1 has no cell state c).&lt;/p&gt;&lt;p&gt;Bottom: the shape of every weight and the parameter count, which equals PyTorch&apos;s for the same model.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <source>Batch %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>windows %1–%2 of %3 in this epoch&apos;s shuffled order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>windows %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>each window %n samples, label = the next sample</source>
        <translation>
            <numerusform>each window %n sample, label = the next sample</numerusform>
            <numerusform>each window %n samples, label = the next sample</numerusform>
        </translation>
    </message>
    <message>
        <source>whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample of the training series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a window of this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its label (the next sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each window %1 samples, label = the sample %2 steps before its last (the echo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its label (the sample %1 steps back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Building a new network: %1 units × %2 layers × %3 time steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building the network and its buffers, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking the first step, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking step %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking step %1 and evaluating the test set at the end of the epoch, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluating the test set for the prediction chart, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracing the gates for the gate panels, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running the network on its own predictions, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellDiagram</name>
    <message>
        <source>&lt;p&gt;One LSTM cell of the chosen layer. Its four gate layers (forget f, input i, cell candidate g, output o) each hold &lt;b&gt;num_units&lt;/b&gt; neurons: num_units is the width of every gate layer, not a number of cells.&lt;/p&gt;&lt;p&gt;Every neuron reads the whole vector [h&lt;sub&gt;t−1&lt;/sub&gt;, x&lt;sub&gt;t&lt;/sub&gt;] with its own weights. The cell state c runs along the top: multiplied by f, then i·g is added. The output h&lt;sub&gt;t&lt;/sub&gt; is o·tanh(c&lt;sub&gt;t&lt;/sub&gt;).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input gate i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget gate f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell candidate g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output gate o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_units = 1: 1 neuron in EACH of the 4 gate layers (not 1 cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_units = %1: %1 neurons in EACH of the 4 gate layers (not %1 cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurons shaded by their value at time step t = %1 of the traced window, in the heatmaps&apos; colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each neuron reads all of [h&lt;sub&gt;t−1&lt;/sub&gt;, x&lt;sub&gt;t&lt;/sub&gt;] with its own weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One LSTM cell of layer %1 of %2. Every neuron reads [h&lt;sub&gt;t−1&lt;/sub&gt;, x&lt;sub&gt;t&lt;/sub&gt;] (%3). c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g, h&lt;sub&gt;t&lt;/sub&gt; = o ⊙ tanh(c&lt;sub&gt;t&lt;/sub&gt;). Widen the panel for the full picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one LSTM cell · layer %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell state: the long-term memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;: this step&apos;s output, to step t+1 and to the layer above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;x&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;: %1 of the input window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;x&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt; = h&lt;sub&gt;t&lt;/sub&gt; of layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[h&lt;sub&gt;t−1&lt;/sub&gt;, x&lt;sub&gt;t&lt;/sub&gt;]: %1, read by every neuron of all 4 gate layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⋮ %1 more ⋮</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_units = 1: 1 neuron in EACH of the GRU&apos;s 3 gate layers (not 1 cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_units = %1: %1 neurons in EACH of the GRU&apos;s 3 gate layers (not %1 cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_units = 1: 1 neuron in the plain RNN&apos;s one tanh layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_units = %1: %1 neurons in the plain RNN&apos;s one tanh layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One GRU cell of layer %1 of %2. Every neuron reads [h&lt;sub&gt;t−1&lt;/sub&gt;, x&lt;sub&gt;t&lt;/sub&gt;] (%3). h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;; no cell state. Widen the panel for the full picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One plain RNN cell of layer %1 of %2: h&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;ih&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + W&lt;sub&gt;hh&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b), one tanh layer, no gates, no cell state. Widen the panel for the full picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one GRU cell · layer %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one plain RNN cell · layer %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>r scales the candidate&apos;s part from h&lt;sub&gt;t−1&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;: the output and the only memory (no cell state c), to step t+1 and to the layer above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gates and no cell state: each step rewrites the whole memory h, and the gradient to early steps is multiplied once per step by W&lt;sub&gt;hh&lt;/sub&gt; and tanh′, so it fades (or explodes) over long spans.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharacterActivationView</name>
    <message>
        <source>&amp;Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit whose value tints the characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Characters tinted by one unit&lt;/b&gt;&lt;p&gt;A stretch of text as the network read it. Each character&apos;s colour is the chosen unit&apos;s value just after reading it: choose the layer, the unit and the value (a gate, the cell state c or the hidden state h) above the text. Hover a character for the number; click it to see the five characters the network found likeliest next, and to show that step in the gate maps and the inspector.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit whose value tints the characters (the first %1 of %2 units are traced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of unit %2, layer %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · characters %2 … %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · the first %2 of %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at t = %2
%3 of unit %4 (layer %5) = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text goes on with %1, to which the network gave %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text traced yet: the view fills in while the network trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a character to see the five next characters the network found likeliest there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 (t = %2) the network expects: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the text has %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scale %1 … %2 of the value shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which value of the unit tints the characters: a gate, the cell state c or the hidden state h (those the cell has).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DivergenceNotice</name>
    <message>
        <source>%1 at step %2. The weights after step %3, the last finite ones, were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tighter &lt;i&gt;Clip gradient norm&lt;/i&gt; (now %1; try %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn on &lt;i&gt;Clip gradient norm&lt;/i&gt; under Training (try %1), which caps how far one batch can move the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Training diverged and stopped&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;What to change:&lt;/b&gt; %2, or %3. Then press &lt;i&gt;Train&lt;/i&gt; to go on from the kept weights, or &lt;i&gt;Reset&lt;/i&gt; to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a smaller learning rate (now %1; try %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbedLossChart</name>
    <message>
        <source>Embedding loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss per pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip-gram loss: −ln σ(true pair) − Σ ln σ(−negative)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbedTaskPage</name>
    <message>
        <source>Open Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed settings apply to the next model: press New Model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tang poems (characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English fortunes (words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text of your own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words (runs of letters, lower-cased) or single characters (for Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers in each token&apos;s vector (word2vec&apos;s size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context tokens on each side, at most: each centre token draws its window from 1 to this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random tokens per true pair that the model learns to tell apart from the true one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens rarer than this get no vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent tokens are skipped more often: kept with probability (√(f/t) + 1)·t/f; 0 keeps all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the corpus and start a model with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours and analogies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the text task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 300 Tang poems of Debian&apos;s fortunes-zh package, one token per character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed: %1 comes with Debian&apos;s fortunes-zh package (sudo apt-get install fortunes-zh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed: the English fortunes come with Debian&apos;s fortunes package (sudo apt-get install fortunes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 English files of Debian&apos;s fortunes package, about half a million words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a UTF-8 text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the English fortunes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a corpus first: its package is not installed, or no file was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new model? The embeddings trained so far are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model yet: press Train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot train: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1 of %2, %3% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens with a vector, from %2 in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training, %1 words/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: New Model trains again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train (a new model from the settings if there is none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole run spread over about %1 s, so the map can be seen taking shape; untick for full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step size at the start (word2vec&apos;s alpha); it falls linearly to almost 0 by the end of the last epoch. 0.025 is word2vec&apos;s default for the skip-gram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddingMap</name>
    <message>
        <source>Embedding map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Train: the most frequent tokens appear here, placed by their vectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 occurrences, frequency rank %3&lt;br&gt;nearest by cosine: %4&lt;br&gt;&lt;i&gt;Click to choose it.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 most frequent tokens on the plane of their first two principal components (%2% of their variance). Near points: similar vectors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Save %1 as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every panel as PNG, SVG and CSV into a folder (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;PNG Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;SVG Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &amp;Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved to
%2

%3

Training and your settings are unaffected; choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Panels to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not every panel could be saved to
%1

%2

%n file(s) were written before the failure. Training and your settings are unaffected.</source>
        <translation>
            <numerusform>Not every panel could be saved to
%1

%2

%n file was written before the failure. Training and your settings are unaffected.</numerusform>
            <numerusform>Not every panel could be saved to
%1

%2

%n files were written before the failure. Training and your settings are unaffected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1</source>
        <translation>
            <numerusform>Saved %n file to %1</numerusform>
            <numerusform>Saved %n files to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images are saved at this multiple of the screen&apos;s pixels; SVG and CSV do not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1x</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindUnitPanel</name>
    <message>
        <source>Inside quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just after punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First line of a poem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 between quotation marks (&quot;…&quot;, “…”, 「…」, 『…』), else 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 inside brackets ((…), […], （…）, 《…》, 【…】), else 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many characters of the line have been read: 1, 2, 3 … and 0 at the newline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 when the character just read is a punctuation mark (. , ; : ! ? ， 。 、 …), else 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 on the first line of a poem or paragraph (after a blank line or a % line), else 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a unit to show it in the character view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Find a unit&lt;/b&gt;&lt;p&gt;Which unit tracks a feature of the text? The units are ranked by |r|, the absolute Pearson correlation between the chosen value of a unit and the feature over the characters shown: 1 follows it exactly, 0 not at all. r &amp;gt; 0: the unit rises with the feature; r &amp;lt; 0: it falls. Click a unit to tint the text with it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>r = %1 · layer %2, unit %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It rises with the feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It falls as the feature rises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pearson r = %1 between %2 of this unit and “%3” over the %4 characters. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text traced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This feature does not change over the %1 characters shown, so no unit can follow it: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: |r|, how closely the value follows the feature over the %1 characters (1: exactly, 0: not at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateInspector</name>
    <message>
        <source>La&amp;yer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LSTM layer of the inspected cell (1 reads the signal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit (row of the heatmaps, from 0): one of the num_units neurons of each gate&apos;s layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time step (column of the heatmaps): t = 0 is the oldest sample of the window. Step through it to watch the memory change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every digit of every number instead of rounding them. Without it, hovering a number shows all its digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the cell to inspect here, or click a cell of any gate heatmap.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The cell state c&lt;sub&gt;t−1&lt;/sub&gt; and hidden state h&lt;sub&gt;t−1&lt;/sub&gt; used at step t are this unit&apos;s values at the step before: step with the arrows to follow the memory through the window.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The rounded numbers add up only approximately; all digits show that the equations hold exactly, up to the float arithmetic the network computes in.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equations of the chosen cell with the real numbers of the current network. Hover a number for all its digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gate Inspector&lt;/b&gt;: how one unit of one layer computed its gates at one time step of the traced window, with the numbers of the network as it is now. It updates with every training snapshot.&lt;/p&gt;&lt;p&gt;Each gate adds two parts before its squashing function: &lt;span style=&apos;color:%1&apos;&gt;the part from the input x&lt;sub&gt;t&lt;/sub&gt;&lt;/span&gt; and &lt;span style=&apos;color:%2&apos;&gt;the part from the previous step&apos;s output h&lt;sub&gt;t−1&lt;/sub&gt;&lt;/span&gt;. Watch which part drives a gate, how the forget gate scales the old memory, and how the new cell state and output follow. The green sentences read the numbers in words.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No gate trace yet: the inspector fills in with the first training snapshot.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Click any cell of a gate heatmap&lt;/b&gt; to see how that unit computed its gates at that time step, with the real numbers plugged into the equations.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Layer %1 · unit %2 · time step t = %3&lt;/b&gt; &lt;span style=&apos;color:#606060&apos;&gt;(steps 0 … %4 of test window %5)&lt;/span&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2, the signal sample at this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 input values at this step (the first is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the output %2 of layer %3 at this step, %4 values; each W·%1 sums over all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 = 0: at t = 0 there is no earlier step, so the part from the previous step is only its bias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 and %3 = %4: this unit&apos;s values at step %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1: %2 · from %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the bias alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the larger push comes from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ignore factor lets the learn gate keep %1% of the new information and ignore %2%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input gate lets in %1% of the cell candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forget gate keeps %1% of the long-term memory and forgets %2%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forget gate keeps %1% of the old memory c&lt;sub&gt;t−1&lt;/sub&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would push the memory up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would pull the memory down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new information the unit could learn now is %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell candidate proposes %1 as new content: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It is saturated, close to ±1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use gate uses %1% of tanh(%2) as the unit&apos;s output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output gate lets out %1% of tanh(c&lt;sub&gt;t&lt;/sub&gt;) as the output h&lt;sub&gt;t&lt;/sub&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the old value %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new short-term memory, this unit&apos;s output at step t, is %1; the next step reads it as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit&apos;s output at step t is %1; the next step reads it as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and layer %1 reads it as part of its input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. It is part of what the dense head turns into the prediction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <comment>end of the sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard: cell candidate g and input gate i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learn gate output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learn gate adds %1 to the long-term memory at this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard: forget gate f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget gate output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the long-term memory %1 the forget gate keeps %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard: cell state c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remember gate adds what the forget gate kept (%1) and what the learn gate learned (%2): the new long-term memory is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard: output gate o and hidden state h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory keeps %1 and takes in %2 of new content: it becomes %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Layer %1 · unit %2 · time step t = %3&lt;/b&gt; &lt;span style=&apos;color:#606060&apos;&gt;(steps 0 … %4 of the text shown; the character read: %5)&lt;/span&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = onehot(%2): the character read at this step, one of %3 symbols; each W·%1 is the column of W for this character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. It is part of what the softmax head turns into the next character&apos;s probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 layer of the inspected unit (1 reads the signal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The hidden state h&lt;sub&gt;t−1&lt;/sub&gt; used at step t is this unit&apos;s value at the step before: step with the arrows to follow the memory through the window.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gate Inspector&lt;/b&gt;: how one unit of one %3 layer computed its values at one time step of the traced window, with the numbers of the network as it is now. It updates with every training snapshot.&lt;/p&gt;&lt;p&gt;Each gate layer adds two parts before its squashing function: &lt;span style=&apos;color:%1&apos;&gt;the part from the input x&lt;sub&gt;t&lt;/sub&gt;&lt;/span&gt; and &lt;span style=&apos;color:%2&apos;&gt;the part from the previous step&apos;s output h&lt;sub&gt;t−1&lt;/sub&gt;&lt;/span&gt;. The %3 has no cell state c: h is its memory. The green sentences read the numbers in words.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = 0: at t = 0 there is no earlier step, so the part from the previous step is only its bias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2: this unit&apos;s value at step %3 (the %4 has no cell state c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain RNN has one tanh layer and no gates: nothing decides what to keep, so every step rewrites the whole memory, and the gradient that reaches early steps is multiplied by W&lt;sub&gt;hh&lt;/sub&gt; and tanh&apos; once per step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reset gate lets the candidate read %1% of the recurrent part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update gate keeps %1% of the old memory %2 and takes %3% of the candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory keeps %1 of the old value %2 and takes in %3 of new content: it becomes %4. The GRU has no separate cell state c: h is its memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <source>input gate i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget gate f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell candidate g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output gate o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell state c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden state h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which LSTM layer the maps show. Layer 1 reads the signal; each further layer reads the hidden state h of the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input gate i (0 … 1): how much of the cell candidate g is written into the cell at each time step. Near 1 the unit takes in new information; near 0 it ignores the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget gate f (0 … 1): how much of the previous cell state is kept. Near 1 the unit keeps its memory; near 0 it forgets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell candidate g (−1 … 1): the new content proposed for the cell, computed from the input and the previous hidden state. It enters the cell scaled by i.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output gate o (0 … 1): how much of the cell&apos;s memory is let out as the hidden state h. Near 0 the unit keeps its memory to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell state c: the unit&apos;s memory, c = f·c_prev + i·g. It is not limited to −1 … 1; the line under the title gives its actual range, and the colours widen to cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden state h (−1 … 1): the layer&apos;s output, h = o·tanh(c). The next layer and the prediction see only this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Input gate i&lt;/b&gt; = σ(W&lt;sub&gt;ii&lt;/sub&gt;x + W&lt;sub&gt;hi&lt;/sub&gt;h&lt;sub&gt;prev&lt;/sub&gt; + b), between 0 and 1, bright = open.&lt;/p&gt;&lt;p&gt;It decides how much of the cell candidate g enters the memory. Look for units whose i opens only at certain phases of the sine: they write into their memory at those moments. A unit stuck near 0 takes in nothing.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Forget gate f&lt;/b&gt; = σ(W&lt;sub&gt;if&lt;/sub&gt;x + W&lt;sub&gt;hf&lt;/sub&gt;h&lt;sub&gt;prev&lt;/sub&gt; + b), between 0 and 1, bright = keep.&lt;/p&gt;&lt;p&gt;f near 1 means the unit keeps its memory from step to step; near 0 it wipes it. Units with f near 1 across the whole window carry information over many steps; a dark column shows the moment a unit resets.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cell candidate g&lt;/b&gt; = tanh(W&lt;sub&gt;ig&lt;/sub&gt;x + W&lt;sub&gt;hg&lt;/sub&gt;h&lt;sub&gt;prev&lt;/sub&gt; + b), between −1 (blue) and 1 (red).&lt;/p&gt;&lt;p&gt;The new content the unit could store. It only reaches the memory where i is open, so read it together with the input gate map. Values pinned at ±1 mean the unit is saturated.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Output gate o&lt;/b&gt; = σ(W&lt;sub&gt;io&lt;/sub&gt;x + W&lt;sub&gt;ho&lt;/sub&gt;h&lt;sub&gt;prev&lt;/sub&gt; + b), between 0 and 1, bright = open.&lt;/p&gt;&lt;p&gt;It decides how much of the memory is shown to the rest of the network as h. A unit can hold something in c while o is closed and reveal it later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cell state c&lt;/b&gt; = f·c&lt;sub&gt;prev&lt;/sub&gt; + i·g: the unit&apos;s memory.&lt;/p&gt;&lt;p&gt;Unlike the gates it has no fixed bounds: it can grow when f stays near 1 and i keeps adding. The colours are symmetric around 0 (blue negative, red positive), −1 … 1 or wider to cover the actual values, which the line under the title and the triangles beside the colour bar give. Slowly drifting rows show units that accumulate the input over time.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hidden state h&lt;/b&gt; = o·tanh(c), between −1 (blue) and 1 (red).&lt;/p&gt;&lt;p&gt;The layer&apos;s output: the next layer reads it, and the last column of the last layer is what the prediction is made from. Rows that follow the sine show units tracking the signal; rows shifted in phase are what lets the network look ahead.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Rows are units, columns are time steps of the window shown above the maps. Hover a cell for layer, unit, time step and exact value; click it to mark it in all six maps.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gate trace yet: the maps fill in with the first training snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gate trace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: x = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: x = %2 … %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next sample %1, predicted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The maps show the network reading this window of the test signal, its oldest sample at t = 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Every gate of one LSTM layer while it reads one window of the test signal. In each map a row is a unit (one neuron in each of the four gate layers, not a separate cell) and a column is a time step: t = 0 is the oldest sample of the window, the last column the newest, right before the value the network predicts.&lt;/p&gt;&lt;p&gt;Hover a cell for its exact value; click it to mark that unit and time step in all six maps.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · the first %2 of %3 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As many as fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which units the maps show. Top k: the k units with the largest mean |h| over the shown window, in unit order, each row labelled with its unit number. As many as fit: all units when each row gets at least %1 pixels, else the most active units that fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · layer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which %1 layer the maps show. Layer 1 reads the signal; each further layer reads the hidden state h of the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Every value one %1 layer computes while it reads one window of the test signal: %2. In each map a row is a unit and a column is a time step: t = 0 is the oldest sample of the window, the last column the newest.&lt;/p&gt;&lt;p&gt;The %1 has no cell state c, so the LSTM&apos;s maps of c and of its four gates are not shown. Hover a cell for its exact value; click it to inspect it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateVocabulary</name>
    <message>
        <source>&amp;Learn, Forget, Remember, Use (as in the Notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standard Names (Input, Forget, Candidate, Output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the gates as the seed notes and Udacity&apos;s course do: learn gate (new information N and ignore factor i), forget gate, remember gate (long-term memory LTM) and use gate (short-term memory STM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the gates as PyTorch and most papers do: input gate i, forget gate f, cell candidate g, output gate o, cell state c and hidden state h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learn gate: ignore factor i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget gate: forget factor f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learn gate: new information N (g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use gate: output factor o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remember gate: LTM (c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use gate: STM (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input gate i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget gate f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell candidate g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output gate o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell state c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden state h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn gate, ignore factor i (0 … 1): the share of the new information N the unit learns at each step; the learn gate&apos;s output is N·i. Near 0 it ignores what it sees. (Standard name: input gate i.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget gate, forget factor f (0 … 1): the share of the long-term memory LTM kept from the step before; the forget gate&apos;s output is LTM·f. Near 1 the unit remembers, near 0 it forgets. (Standard name: forget gate f.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn gate, new information N (−1 … 1): what the unit could learn now from the short-term memory STM and the input. It is learned scaled by the ignore factor i. (Standard name: cell candidate g.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use gate, output factor o (0 … 1): how much of the long-term memory the unit uses as its output STM = o·tanh(LTM). (Standard name: output gate o.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember gate output, the long-term memory LTM: LTM = LTM_prev·f + N·i, what the forget gate kept plus what the learn gate learned. Not limited to −1 … 1. (Standard name: cell state c.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use gate output, the short-term memory STM (−1 … 1): the layer&apos;s output, STM = o·tanh(LTM). The next step, the next layer and the prediction see only this. (Standard name: hidden state h.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input gate i (0 … 1): how much of the cell candidate g is written into the cell at each time step. Near 1 the unit takes in new information; near 0 it ignores the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget gate f (0 … 1): how much of the previous cell state is kept. Near 1 the unit keeps its memory; near 0 it forgets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell candidate g (−1 … 1): the new content proposed for the cell, computed from the input and the previous hidden state. It enters the cell scaled by i.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output gate o (0 … 1): how much of the cell&apos;s memory is let out as the hidden state h. Near 0 the unit keeps its memory to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell state c: the unit&apos;s memory, c = f·c_prev + i·g. It is not limited to −1 … 1; the line under the title gives its actual range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden state h (−1 … 1): the layer&apos;s output, h = o·tanh(c). The next step, the next layer and the prediction see only this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a cell: the Gate Inspector shows how this unit computed it at that step, with the real numbers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Learn gate, ignore factor i&lt;/b&gt; = σ(W&lt;sub&gt;ii&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;ii&lt;/sub&gt; + W&lt;sub&gt;hi&lt;/sub&gt;STM&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hi&lt;/sub&gt;), between 0 and 1, bright = learn. Its standard name is the input gate i.&lt;/p&gt;&lt;p&gt;The learn gate joins the short-term memory STM&lt;sub&gt;t−1&lt;/sub&gt; and the current input x&lt;sub&gt;t&lt;/sub&gt; into new information N and multiplies it by this factor: N·i is what the unit learns at this step. Look for units whose factor opens only at certain phases of the sine: they learn at those moments. A unit stuck near 0 ignores everything.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Forget gate, forget factor f&lt;/b&gt; = σ(W&lt;sub&gt;if&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;if&lt;/sub&gt; + W&lt;sub&gt;hf&lt;/sub&gt;STM&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hf&lt;/sub&gt;), between 0 and 1, bright = keep. Its standard name is the forget gate f.&lt;/p&gt;&lt;p&gt;The forget gate multiplies the long-term memory LTM&lt;sub&gt;t−1&lt;/sub&gt; by f: near 1 the unit remembers, near 0 it forgets. A row bright across the whole window carries information over many steps; a dark column shows the moment a unit wipes its memory.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Learn gate, new information N&lt;/b&gt; = tanh(W&lt;sub&gt;ig&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;ig&lt;/sub&gt; + W&lt;sub&gt;hg&lt;/sub&gt;STM&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hg&lt;/sub&gt;), between −1 (blue) and 1 (red). Its standard name is the cell candidate g; the notes call it N&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;What the unit could learn now. It reaches the long-term memory only multiplied by the ignore factor i, so read it together with that map. Values pinned at ±1 mean the unit is saturated.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Use gate, output factor o&lt;/b&gt; = σ(W&lt;sub&gt;io&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;io&lt;/sub&gt; + W&lt;sub&gt;ho&lt;/sub&gt;STM&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;ho&lt;/sub&gt;), between 0 and 1, bright = use. Its standard name is the output gate o.&lt;/p&gt;&lt;p&gt;The use gate decides how much of the long-term memory becomes the unit&apos;s output: STM&lt;sub&gt;t&lt;/sub&gt; = o·tanh(LTM&lt;sub&gt;t&lt;/sub&gt;). A unit can hold something in LTM while o is closed and use it later. (Udacity&apos;s drawing passes the memory through a small tanh layer of its own; in PyTorch&apos;s LSTM, used here, it is tanh alone.)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Remember gate output: the long-term memory LTM&lt;/b&gt;, LTM&lt;sub&gt;t&lt;/sub&gt; = LTM&lt;sub&gt;t−1&lt;/sub&gt;·f + N·i. Its standard name is the cell state c.&lt;/p&gt;&lt;p&gt;The remember gate adds what the forget gate kept and what the learn gate learned. It has no fixed bounds: it grows when f stays near 1 and the learn gate keeps adding. The colours are symmetric around 0 (blue negative, red positive), widened to cover the actual values. Slowly drifting rows show units that accumulate the input over time.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Use gate output: the short-term memory STM&lt;/b&gt; = o·tanh(LTM), between −1 (blue) and 1 (red). Its standard name is the hidden state h.&lt;/p&gt;&lt;p&gt;The layer&apos;s output: the gates of the next step read it as STM&lt;sub&gt;t−1&lt;/sub&gt;, the next layer reads it as its input, and the last column of the last layer is what the prediction is made from. Rows that follow the sine show units tracking the signal.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Input gate i&lt;/b&gt; = σ(W&lt;sub&gt;ii&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;ii&lt;/sub&gt; + W&lt;sub&gt;hi&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hi&lt;/sub&gt;), between 0 and 1, bright = open.&lt;/p&gt;&lt;p&gt;It decides how much of the cell candidate g enters the memory. Look for units whose i opens only at certain phases of the sine: they write into their memory at those moments. A unit stuck near 0 takes in nothing.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Forget gate f&lt;/b&gt; = σ(W&lt;sub&gt;if&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;if&lt;/sub&gt; + W&lt;sub&gt;hf&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hf&lt;/sub&gt;), between 0 and 1, bright = keep.&lt;/p&gt;&lt;p&gt;f near 1 means the unit keeps its memory from step to step; near 0 it wipes it. Units with f near 1 across the whole window carry information over many steps; a dark column shows the moment a unit resets.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cell candidate g&lt;/b&gt; = tanh(W&lt;sub&gt;ig&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;ig&lt;/sub&gt; + W&lt;sub&gt;hg&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hg&lt;/sub&gt;), between −1 (blue) and 1 (red).&lt;/p&gt;&lt;p&gt;The new content the unit could store. It only reaches the memory where i is open, so read it together with the input gate map. Values pinned at ±1 mean the unit is saturated.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Output gate o&lt;/b&gt; = σ(W&lt;sub&gt;io&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;io&lt;/sub&gt; + W&lt;sub&gt;ho&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;ho&lt;/sub&gt;), between 0 and 1, bright = open.&lt;/p&gt;&lt;p&gt;It decides how much of the memory is shown to the rest of the network as h. A unit can hold something in c while o is closed and reveal it later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cell state c&lt;/b&gt;, c&lt;sub&gt;t&lt;/sub&gt; = f·c&lt;sub&gt;t−1&lt;/sub&gt; + i·g: the unit&apos;s memory.&lt;/p&gt;&lt;p&gt;Unlike the gates it has no fixed bounds: it can grow when f stays near 1 and i keeps adding. The colours are symmetric around 0 (blue negative, red positive), widened to cover the actual values. Slowly drifting rows show units that accumulate the input over time.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hidden state h&lt;/b&gt; = o·tanh(c), between −1 (blue) and 1 (red).&lt;/p&gt;&lt;p&gt;The layer&apos;s output: the gates of the next step read it as h&lt;sub&gt;t−1&lt;/sub&gt;, the next layer reads it as its input, and the last column of the last layer is what the prediction is made from. Rows that follow the sine show units tracking the signal.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTM&lt;sub&gt;t&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STM&lt;sub&gt;t&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTM&lt;sub&gt;t−1&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STM&lt;sub&gt;t−1&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ignore factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forget factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the long-term memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the short-term memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forget gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hidden state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Learn gate&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new information N&lt;sub&gt;t&lt;/sub&gt; times the ignore factor i&lt;sub&gt;t&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g&lt;sub&gt;t&lt;/sub&gt;·i&lt;sub&gt;t&lt;/sub&gt;: the cell candidate times the input gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Forget gate&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the long-term memory LTM&lt;sub&gt;t−1&lt;/sub&gt; times the forget factor f&lt;sub&gt;t&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&lt;sub&gt;t&lt;/sub&gt;·c&lt;sub&gt;t−1&lt;/sub&gt;: the forget gate times the previous cell state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Remember gate&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new long-term memory LTM&lt;sub&gt;t&lt;/sub&gt;: forget gate output plus learn gate output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c&lt;sub&gt;t&lt;/sub&gt; = f&lt;sub&gt;t&lt;/sub&gt;·c&lt;sub&gt;t−1&lt;/sub&gt; + i&lt;sub&gt;t&lt;/sub&gt;·g&lt;sub&gt;t&lt;/sub&gt;: the new cell state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Use gate&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new short-term memory STM&lt;sub&gt;t&lt;/sub&gt;: the output factor times tanh(LTM&lt;sub&gt;t&lt;/sub&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h&lt;sub&gt;t&lt;/sub&gt; = o&lt;sub&gt;t&lt;/sub&gt;·tanh(c&lt;sub&gt;t&lt;/sub&gt;): the output gate times tanh of the cell state, the hidden state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;LSTM Lab speaks two vocabularies; &lt;i&gt;View › Gate Names&lt;/i&gt; switches every label between them. The &lt;b&gt;standard names&lt;/b&gt; are PyTorch&apos;s and most papers&apos;: input gate i, forget gate f, cell candidate g, output gate o, cell state c, hidden state h. The seed notes use the names of Udacity&apos;s course, where a &lt;i&gt;gate&lt;/i&gt; is a whole step of the cell&apos;s work, products and sums included:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in standard names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The short-term memory STM is the hidden state h, the long-term memory LTM is the cell state c, and the notes&apos; new information N&lt;sub&gt;t&lt;/sub&gt; is the cell candidate g. The heatmaps show the six values the cell computes, and the notes&apos; gates are made of them, so in the notes&apos; vocabulary each map is named after the part of a gate it holds:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learn / forget / remember / use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The learn gate&apos;s and the forget gate&apos;s outputs, g·i and f·c&lt;sub&gt;t−1&lt;/sub&gt;, have no map of their own: the Gate Inspector computes both for the cell you click. Udacity&apos;s use gate also passes the memory through a small tanh layer with its own weights; PyTorch&apos;s LSTM, which LSTM Lab trains, applies tanh alone.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory: STM (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset gate: reset factor r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update gate: keep factor z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new information N (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset gate r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update gate z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory STM (−1 … 1): the plain RNN&apos;s output and its only memory, STM = tanh(W·x + W·STM_prev + b): one tanh layer, no gates. (Standard name: hidden state h.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden state h (−1 … 1): the plain RNN&apos;s output and its only memory, h = tanh(W_ih·x + b_ih + W_hh·h_prev + b_hh): one tanh layer, no gates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset gate, reset factor r (0 … 1): how much of the memory STM_prev the new information N reads. Near 0 N starts afresh from the input. (Standard name: reset gate r.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset gate r (0 … 1): how much of the previous hidden state h_prev the candidate n reads. Near 0 the candidate starts afresh from the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update gate, keep factor z (0 … 1): the share of the memory STM_prev kept; the rest, 1 − z, is replaced by the new information N. Near 1 the unit remembers. (Standard name: update gate z.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update gate z (0 … 1): how much of the previous hidden state is kept, h = (1 − z)·n + z·h_prev. Near 1 the unit keeps its memory, and the gradient passes back unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New information N (−1 … 1): what the unit could remember now, from the input and the part of STM_prev the reset factor lets through. It enters the memory scaled by 1 − z. (Standard name: candidate n.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate n (−1 … 1): the new content, n = tanh(W_in·x + b_in + r·(W_hn·h_prev + b_hn)). It enters the hidden state scaled by 1 − z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory STM (−1 … 1): the GRU&apos;s output and its only memory (it has no separate long-term memory), STM = (1 − z)·N + z·STM_prev. (Standard name: hidden state h.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden state h (−1 … 1): the GRU&apos;s output and its only memory (it has no cell state), h = (1 − z)·n + z·h_prev. The next step, the next layer and the prediction see this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientPanel</name>
    <message>
        <source>‖dL/dh‖ (solid) and ‖dL/dc‖ (dashed) at each time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖dL/dh‖ at each time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1, ‖dL/dc‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = %1, the output step</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>t = %1, %n step(s) before the output</source>
        <translation>
            <numerusform>t = %1, %n step before the output</numerusform>
            <numerusform>t = %1, %n steps before the output</numerusform>
        </translation>
    </message>
    <message>
        <source>layer %1: ‖dL/dh‖ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ‖dL/dc‖ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time step t (right: the output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error enters at the output (right) and flows back in time. A plain RNN&apos;s curve falls towards the start; the LSTM&apos;s cell state (dashed) keeps far more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gradients through time&lt;/b&gt;: after each forward pass, training sends the error back from the output, which reads the last time step (the right end), to every earlier step and layer. Each solid curve is the average size of that gradient at a layer&apos;s hidden state h, ‖dL/dh‖, on the first test windows; the y axis is logarithmic, so each labelled line down is many times smaller.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;plain RNN&lt;/b&gt; multiplies the gradient by its recurrent weights and by the slope of tanh (at most 1) at every step it goes back: the product shrinks step after step, and the curve falls towards the left. The network then cannot learn what the start of the window should have told it: the &lt;b&gt;vanishing gradient&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;LSTM&lt;/b&gt; keeps a cell state c that each step only scales by the forget gate and adds to. Its gradient, ‖dL/dc‖ (dashed), goes back through that sum multiplied only by the forget gate: while the gate stays near 1 it arrives almost unchanged, and early steps still learn. A task that needs little memory (the sine) teaches the gate to forget, and the curve falls too, but far less than the plain RNN&apos;s. The GRU&apos;s update gate gives its h the same kind of path.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How large the loss gradient is at each time step of each layer; the output is on the right. Rest the mouse on the chart for the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients through time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>LSTM Lab Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;How an LSTM learns a sine wave&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This guide follows the notes LSTM Lab was built from. Every number in it is about the network you have now, and every picture is the window itself, taken when the guide was opened: train a little, then open the guide again to see them change. Links marked &lt;i&gt;show me&lt;/i&gt; point at the part of the window they talk about.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;The task&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The network learns to predict the next sample of a sine wave from the %1 samples before it, as in the notes&apos; TensorFlow example. It trains on sin(x) for x from 0 to 100 (10 000 samples, windows of %1 samples, the label is the sample that follows) and is tested on x from 100 to 110, which it never sees while training.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1: when the red curve lies on the green one, the network has learned. The shaded band is the input window whose gates the heatmaps show; the slider under the chart moves it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me the prediction chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Why a recurrent network?&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A sentence is more than its words one by one, and a video more than its frames: what comes next depends on what came before. A feed-forward network sees each input on its own. A recurrent network (RNN) reads a sequence one step at a time and carries a state from each step to the next, so it can remember what it has seen.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A plain RNN forgets quickly: its state is rewritten at every step. An LSTM (long short-term memory) cell adds a second state, the cell state, which it changes only through gates that decide what to forget, what to learn and what to use. That is what lets it keep information over many steps.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;The unrolled picture is one cell&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same cell at every one of the %1 time steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Pictures of RNNs usually draw a row of cells, one per time step. The notes stress the point that took their author longest: &lt;b&gt;these are not different cells&lt;/b&gt;. It is one and the same cell, with the same weights, drawn once per time step to show how it works through the sequence. At step t it reads the input x&lt;sub&gt;t&lt;/sub&gt; and its own state from step t−1 (%1 and %2), and hands its new state to step t+1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The gate heatmaps show exactly this unrolled picture: each column is the cell at one time step, t = 0 (the oldest sample of the window) on the left to t = %1 on the right. The weights are the same in every column; only the inputs and the carried state differ. %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me the heatmaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;What num_units means&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The notes&apos; first puzzle: &lt;code&gt;LSTMCell(num_units)&lt;/code&gt; does &lt;b&gt;not&lt;/b&gt; make num_units cells. num_units is the number of &lt;b&gt;neurons in each of the cell&apos;s four gate layers&lt;/b&gt;: the sigmoid layers of the input gate i, the forget gate f and the output gate o, and the tanh layer of the cell candidate g. Each of them has num_units neurons, and so the cell state c and the hidden state h, the cell&apos;s output, have num_units entries each.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Your network now has &lt;b&gt;num_units = %1&lt;/b&gt;: each gate layer has %1 neurons, each heatmap has %1 rows (one per neuron, called a unit), and every layer outputs %1 numbers at every step. Each of its %n layer(s) has a weight matrix W&lt;sub&gt;ih&lt;/sub&gt; of 4·%1 × (its input width) and W&lt;sub&gt;hh&lt;/sub&gt; of 4·%1 × %1, plus two biases of 4·%1: %2 parameters in the first layer, %3 in the whole network with the dense head. %4&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Your network now has &lt;b&gt;num_units = %1&lt;/b&gt;: each gate layer has %1 neurons, each heatmap has %1 rows (one per neuron, called a unit), and every layer outputs %1 numbers at every step. Its %n layer has a weight matrix W&lt;sub&gt;ih&lt;/sub&gt; of 4·%1 × (its input width) and W&lt;sub&gt;hh&lt;/sub&gt; of 4·%1 × %1, plus two biases of 4·%1: %2 parameters in the first layer, %3 in the whole network with the dense head. %4&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Your network now has &lt;b&gt;num_units = %1&lt;/b&gt;: each gate layer has %1 neurons, each heatmap has %1 rows (one per neuron, called a unit), and every layer outputs %1 numbers at every step. Each of its %n layers has a weight matrix W&lt;sub&gt;ih&lt;/sub&gt; of 4·%1 × (its input width) and W&lt;sub&gt;hh&lt;/sub&gt; of 4·%1 × %1, plus two biases of 4·%1: %2 parameters in the first layer, %3 in the whole network with the dense head. %4&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Show me num_units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;The gates, in two vocabularies&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;For every unit and every time step the cell computes, from x&lt;sub&gt;t&lt;/sub&gt; and h&lt;sub&gt;t−1&lt;/sub&gt;:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i&lt;sub&gt;t&lt;/sub&gt; = σ(W&lt;sub&gt;ii&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;ii&lt;/sub&gt; + W&lt;sub&gt;hi&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hi&lt;/sub&gt;)&amp;nbsp;&amp;nbsp;%1&lt;br&gt;f&lt;sub&gt;t&lt;/sub&gt; = σ(W&lt;sub&gt;if&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;if&lt;/sub&gt; + W&lt;sub&gt;hf&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hf&lt;/sub&gt;)&amp;nbsp;&amp;nbsp;%2&lt;br&gt;g&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;ig&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;ig&lt;/sub&gt; + W&lt;sub&gt;hg&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hg&lt;/sub&gt;)&amp;nbsp;&amp;nbsp;%3&lt;br&gt;o&lt;sub&gt;t&lt;/sub&gt; = σ(W&lt;sub&gt;io&lt;/sub&gt;x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;io&lt;/sub&gt; + W&lt;sub&gt;ho&lt;/sub&gt;h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;ho&lt;/sub&gt;)&amp;nbsp;&amp;nbsp;%4&lt;br&gt;c&lt;sub&gt;t&lt;/sub&gt; = f&lt;sub&gt;t&lt;/sub&gt;·c&lt;sub&gt;t−1&lt;/sub&gt; + i&lt;sub&gt;t&lt;/sub&gt;·g&lt;sub&gt;t&lt;/sub&gt;&amp;nbsp;&amp;nbsp;%5&lt;br&gt;h&lt;sub&gt;t&lt;/sub&gt; = o&lt;sub&gt;t&lt;/sub&gt;·tanh(c&lt;sub&gt;t&lt;/sub&gt;)&amp;nbsp;&amp;nbsp;%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;σ squashes any number into 0 … 1, so i, f and o are shares: 0 shuts, 1 lets everything through. tanh squashes into −1 … 1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The notes describe the same cell with four gates:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: a tanh layer makes new information N&lt;sub&gt;t&lt;/sub&gt; from the short-term memory and the current input, a sigmoid layer makes the ignore factor i&lt;sub&gt;t&lt;/sub&gt;; the gate&apos;s output is N&lt;sub&gt;t&lt;/sub&gt;·i&lt;sub&gt;t&lt;/sub&gt;. Its output has num_units entries, and the gate is both layers with their product, not either layer alone.&lt;/li&gt;&lt;li&gt;&lt;b&gt;%2&lt;/b&gt;: the long-term memory LTM&lt;sub&gt;t−1&lt;/sub&gt; times the forget factor f&lt;sub&gt;t&lt;/sub&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;%3&lt;/b&gt;: adds the two, giving the new long-term memory LTM&lt;sub&gt;t&lt;/sub&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;%4&lt;/b&gt;: the new short-term memory STM&lt;sub&gt;t&lt;/sub&gt;, the output factor o&lt;sub&gt;t&lt;/sub&gt; times tanh of the memory.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;You are using the &lt;b&gt;%1&lt;/b&gt; now. %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learn / forget / remember / use names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me where to switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reading the gate heatmaps&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six heatmaps of one layer for the shaded input window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;One layer&apos;s six maps: %1, %2, %3, %4, %5 and %6. In each, a row is a unit and a column a time step. Bright cells of a gate are open, dark ones shut; for g, c and h red is positive and blue negative. The layer selector above the maps chooses the layer; layer 1 reads the sine, each further layer reads the h of the one below.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;What to look for: rows of the forget gate that stay bright across the window are units that keep their memory; the cell state of such units drifts slowly. Units whose input gate opens only at some phases of the sine write to their memory at those moments. Rows of h that follow the sine, or follow it shifted, are what the prediction is made from. %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me a forget gate cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;The gate inspector&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gate inspector for the selected cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Click any cell of a heatmap and the inspector writes out that unit&apos;s equations with the real numbers: each gate&apos;s part from the input x&lt;sub&gt;t&lt;/sub&gt; (blue) and from the previous step (orange), the squashed result, then how the cell state and the output follow, with a sentence reading each number: &lt;i&gt;the forget gate keeps 70% of the old memory&lt;/i&gt;. The numbers follow the training live. Use its Unit and Step boxes to walk through the window step by step. %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;The loss&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss chart: the error of each training step and of the test set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The loss is the mean squared error between prediction and label. The thin line is each training batch; the points are the whole test set after each epoch. The scale is logarithmic: each labelled line down is ten times smaller. A falling curve means learning; a curve that jumps up and stays up means the learning rate is too large. %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me the loss chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Help everywhere&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Rest the mouse on any control or panel for a short explanation. For a longer one, press Shift+F1 (or choose Help › What&apos;s This?) and click the control. Change num_units, the layers or the time steps on the left and watch a new network learn from scratch.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>One LSTM cell A, the same weights, unrolled over %n time step(s)</source>
        <translation>
            <numerusform>One LSTM cell A, the same weights, unrolled over %n time step</numerusform>
            <numerusform>One LSTM cell A, the same weights, unrolled over %n time steps</numerusform>
        </translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ the state (%1, %2) carried from each step to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prediction chart: red is the network&apos;s guess for every test window, dashed green the real signal (the sine here, or the one chosen in the Signal panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Lessons&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The Lessons menu (and the Lesson tab on the left) holds short experiments, each about one idea: why the forget gate keeps memory, what too few units cannot do, long windows, dropout. A lesson sets the network and the pace for you, says what to watch, and offers a button to retrain with the one setting changed, so that you can see the difference. Training &gt; Pause After Each Epoch stops after every pass so that you can look before it goes on.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Signals&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The sine is the seed&apos;s task, but not the only one. The Signal tab offers a square wave, a sawtooth, a damped sine, a sum of sines, noise on top of any of them, or your own series from a CSV file. A new signal trains a new network. Noise shows what a network does with samples it cannot predict: it learns the shape and ignores the noise, or, too large, learns the noise too.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dropout&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Dropout sets a share of each layer&apos;s outputs to zero at random in every training step (0.5: half of them), and scales the rest up, so that no unit can rely on one other unit. It fights overfitting in large networks trained on little data (the Anna Karenina network of the notes uses a keep probability of 0.5). On the sine it mostly makes the training loss noisier; the test MSE is measured without it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Letting the network run free&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Normally every prediction starts from a window of real samples. With &lt;i&gt;Let the network run free&lt;/i&gt; checked, the network is fed its own predictions instead, from the first test window on, and the purple curve shows where it goes on its own. Trained only to guess one step ahead from real samples, it lets small errors add up: the curve drifts or settles to a flat line. A curve that keeps its shape shows that the network has learned the signal&apos;s rhythm, not just to copy the last sample.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;How the data is cut&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The series is cut into &lt;b&gt;windows&lt;/b&gt;: window n holds samples n … n+%1, and its &lt;b&gt;label&lt;/b&gt; is the sample right after it, n+%2. A window slides by one sample, so 10 000 samples give %3 windows (the last possible window is left out, as in the notes&apos; &lt;code&gt;generate_data&lt;/code&gt;).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The windows are handed out in &lt;b&gt;batches&lt;/b&gt; of 64 consecutive windows, as the notes&apos; &lt;code&gt;get_batches&lt;/code&gt; does: %1 batches per epoch, the last one shorter (%2 windows). One training step is one batch: the network predicts all its labels at once and the weights move once. With &lt;i&gt;Shuffle&lt;/i&gt; on, each epoch draws a new order of the windows, so a batch holds windows scattered over the whole series.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;Batches&lt;/b&gt; panel (a tab beside the gate inspector) draws this: the training series, the windows of the batch just trained as shaded spans, each label as a red dot, and a strip with the whole series on top. Press Step to see the next batch.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me the Batches panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learn / forget / remember / use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Why gates: the plain RNN, the GRU and the LSTM&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;All three cells read the input x&lt;sub&gt;t&lt;/sub&gt; and their previous output h&lt;sub&gt;t−1&lt;/sub&gt;, with weights W and biases b in PyTorch&apos;s names; σ is the sigmoid and ⊙ multiplies entry by entry. They differ in what decides how much of the memory is kept. The Cell box on the Network panel chooses one for the sine task (the text task uses the LSTM); your network uses the %1 now.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The plain RNN (nn.RNN)&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;One tanh layer and no gates: every step rewrites the whole memory. In the notes&apos; words it has only a short-term memory STM.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The GRU (nn.GRU)&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The reset gate r decides how much of the old memory the candidate n reads; the update gate z decides how much of the old memory is kept, and 1 − z how much of the candidate replaces it. The GRU has no separate cell state: h is its memory.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The LSTM (nn.LSTM)&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Four gate layers and a second state, the cell state c: the notes&apos; long-term memory LTM, beside the short-term memory STM = h. The learn gate adds N·i, the forget gate keeps LTM·f, the remember gate sums them, the use gate lets out STM = o·tanh(LTM).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The vanishing gradient&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Training sends the error back through the time steps. In the plain RNN the gradient that reaches a step k steps back has been multiplied k times by W&lt;sub&gt;hh&lt;/sub&gt; and by the slope of tanh (at most 1), so it shrinks geometrically (or explodes): the network cannot learn what it saw long ago. This is the vanishing gradient. The LSTM&apos;s cell state and the GRU&apos;s update gate give the gradient a path on which it is only multiplied by f (or z): a gate held near 1 carries it over many steps almost unchanged.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Your network is a %1 now: its heatmaps show %2 instead of the LSTM&apos;s six maps described below, and there is no cell state c.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideNavigator</name>
    <message>
        <source>View › Gate Names switches between the two vocabularies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapWidget</name>
    <message>
        <source>Layer %1 · unit %2 · time step t = %3
%4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all values %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values %1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · colours widened to ±%2 to cover them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · colours widened to ±%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · colours ±%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · ±%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time step t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scale %1 … %2. The triangles mark the actual minimum %3 and maximum %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not bounded: the scale is −1 … 1, widened symmetrically to a round number when the values go beyond it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 · unit %2 · time step t = %3 (%4)
%5 = %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HyperparameterPanel</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;num_units&lt;/b&gt;: the number of neurons in each of the four gate layers (input i, forget f, candidate g, output o) of every LSTM layer, and so the length of the cell state c and of the hidden state h. It is not a number of cells.&lt;/p&gt;&lt;p&gt;Changing it rebuilds the network with fresh weights.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed&apos;s output_keep_prob: the share of outputs kept while training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weight and bias the optimiser adjusts: per layer 4&amp;middot;H&amp;middot;(inputs + H) weights and 8&amp;middot;H biases (PyTorch keeps two bias vectors), plus the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units (num_units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The step size of the Adam optimiser: how far each update moves the weights. Too small learns slowly; too large makes the loss jump about or diverge. The seed uses 0.001.&lt;/p&gt;&lt;p&gt;The arrows step 1, 2, 5 per decade. It takes effect at the next step.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;How many input windows are averaged into one training step (one weight update). Larger batches give smoother steps but fewer of them per epoch. The seed uses 64.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;How many passes over the %L1 training samples to make. &amp;ldquo;until stopped&amp;rdquo; trains until you pause it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Seed of the random numbers behind the initial weights, the dropout masks and the shuffling: the same seed and settings give the same run.&lt;/p&gt;&lt;p&gt;Changing it starts again from the new seed&apos;s weights.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Gradient clipping: when the gradient of all the weights together is longer than this (its L2 norm), it is scaled down to this length before the update, so one bad batch cannot throw the weights far. 0 turns it off (the seed does not clip).&lt;/p&gt;&lt;p&gt;Try 1 when the loss jumps up or training diverges. It applies from the next step and keeps the weights.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip gradient norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on exactly one batch, then pause: watch a single weight update in the gates and the loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw the learned weights away and start again from fresh random weights (same seed and settings). The loss history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause training; the weights are kept (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on training from where it was paused (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training the network on the sine (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training again from fresh weights with the current settings (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 trainable parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Clip gradient norm&lt;/b&gt;: before each update, the gradient of all the weights is shortened to at most this length. A batch that would fling the weights far only nudges them.&lt;/p&gt;&lt;p&gt;When the loss suddenly shoots up, or the run diverges (a red banner), set it to 1 and train on. 0 turns clipping off, as in the seed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The recurrent cell of every layer: the LSTM (four gate layers and a cell state), the GRU (three: reset, update and candidate; no separate cell state) or the plain RNN (one tanh layer, no gates), as PyTorch&apos;s nn.LSTM, nn.GRU and nn.RNN.&lt;/p&gt;&lt;p&gt;Changing it rebuilds the network with fresh weights.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget bias 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Start every LSTM layer&apos;s forget-gate bias at 1 instead of PyTorch&apos;s small random value, so f starts near 0.73 and the cell keeps most of its memory from the first step.&lt;/p&gt;&lt;p&gt;Changing it rebuilds the network with fresh weights.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Forget gate bias 1&lt;/b&gt;: after PyTorch&apos;s initialisation, the forget slice of b_ih is set to 1 and that of b_hh to 0 in every layer. The forget gate f = sigmoid(… + 1) then starts near 0.73 rather than 0.5: the cell state carries what it holds further from the start, and the gradient flows back through more steps. Gers, Schmidhuber and Cummins (2000) introduced it; Jozefowicz, Zaremba and Sutskever (2015) found it helps an LSTM on most tasks.&lt;/p&gt;&lt;p&gt;Off, the network starts as PyTorch&apos;s nn.LSTM does. The plain RNN and the GRU have no forget gate. Lessons &amp;gt; The forget gate&apos;s bias compares the two.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;num_units&lt;/b&gt;: the number of neurons in each of the three gate layers (reset r, update z, candidate n) of every GRU layer, and so the length of the hidden state h. It is not a number of cells.&lt;/p&gt;&lt;p&gt;Changing it rebuilds the network with fresh weights.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weight and bias the optimiser adjusts: per GRU layer 3&amp;middot;H&amp;middot;(inputs + H) weights and 6&amp;middot;H biases (PyTorch keeps two bias vectors), plus the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;num_units&lt;/b&gt;: the number of neurons in the one tanh layer of every plain RNN layer, and so the length of the hidden state h.&lt;/p&gt;&lt;p&gt;Changing it rebuilds the network with fresh weights.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weight and bias the optimiser adjusts: per plain RNN layer H&amp;middot;(inputs + H) weights and 2&amp;middot;H biases (PyTorch keeps two bias vectors), plus the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;How many recurrent layers (of the Cell chosen beside it) are stacked. Layer 0 reads the signal; every higher layer reads the hidden states h of the layer below; the dense tanh head reads the last layer&apos;s h at the last time step.&lt;/p&gt;&lt;p&gt;Changing it rebuilds the network.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;How many past samples the network reads, one per time step, before it predicts its label (the next sample, or the echo&apos;s sample from the past): the length of each input window (the seed&apos;s TIMESTEPS). The gate panels show one column per time step.&lt;/p&gt;&lt;p&gt;Changing it rebuilds the network.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The probability of zeroing each output of every recurrent layer while training (between layers and before the head); the surviving outputs are scaled by 1/keep. The seed&apos;s DropoutWrapper calls it by its complement, output_keep_prob = 1 &amp;minus; dropout.&lt;/p&gt;&lt;p&gt;Dropout is off when the test set is predicted. It takes effect at the next step.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of LSTM Lab&apos;s window. The system&apos;s language is used until you choose one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch LSTM Lab to %1? The window changes language at once: training goes on, and your settings and layout stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Step&lt;/b&gt; trains exactly one batch and pauses (F10); the &lt;b&gt;Speed&lt;/b&gt; slider in the toolbar slows training down to one step per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the lesson&apos;s settings again and train from fresh weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains the network on exactly one batch (64 windows), updates every panel and pauses: the way to watch a lesson one step at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts, pauses or resumes training, as the toolbar&apos;s first button does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the knobs for this lesson, train a fresh network and say what to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pace:&lt;/b&gt; this lesson starts paused; each &lt;b&gt;Step&lt;/b&gt; (F10) trains one batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pace:&lt;/b&gt; the teaching pace, %1 steps a second, so that you can watch the network learn. &lt;b&gt;Full Speed&lt;/b&gt; in the toolbar trains as fast as this computer can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pace:&lt;/b&gt; full speed, as fast as this computer can; the &lt;b&gt;Speed&lt;/b&gt; slider in the toolbar slows it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train from fresh weights with the lesson&apos;s settings and one knob changed (this run is replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;F1&lt;/b&gt;: the Guide, every panel explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lesson (also in the Lessons menu):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each lesson sets the knobs for one idea and says what to watch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>How the forget gate keeps memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell state is the LSTM&apos;s memory: c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g. The forget gate f decides what fraction of the old memory survives each step: f = 1 keeps all of it, f = 0 wipes it. A small network (8 units, 1 layer) with long windows (50 steps) makes it easy to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;f&lt;/b&gt; heatmap: one row per unit, one column per time step. Bright (near 1) keeps memory, dark forgets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;c&lt;/b&gt; heatmap: a unit whose f is high changes its c slowly from column to column; a unit with low f follows the current input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell of a heatmap: the gate inspector splits c into f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; (what was kept) and i ⊙ g (what was added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens here: on the sine, f settles between about 0.3 and 0.75. The next sample depends only on the last few, so a short memory is enough: with f = 0.7 a unit keeps 0.7&lt;sup&gt;10&lt;/sup&gt; ≈ 3 % of what it held ten steps earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Anatomy view, the c arrows carry this memory from each copy of the cell to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_units = 1: every gate layer has a single neuron, so each layer&apos;s memory is one number. Only 34 parameters are left (5,221 in the seed&apos;s network). The network underfits: it is too small to follow the sine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;prediction&lt;/b&gt;: the red curve lags, flattens or misses the green sine for epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;loss&lt;/b&gt; stays high: in our run the test MSE was still 0.53 after 3 epochs and 0.11 after 10, where the seed&apos;s 20 units reach 0.003 after 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;Anatomy&lt;/b&gt; view: 1 neuron in each of the 4 gate layers, and the parameter count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long time steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timesteps = 100: each input window holds 100 samples, and the one cell of each layer runs 100 times per window, carrying c and h along. The network could remember five times further back, and pays for it in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;steps/s&lt;/b&gt; in the status bar: every step runs the cell 100 times instead of 20, so training is about 5 times slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;heatmaps&lt;/b&gt; have 100 columns, and the shaded window on the prediction chart is five times wider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;Anatomy&lt;/b&gt; view elides the middle copies: it is still one cell, reused 100 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;test MSE&lt;/b&gt;: no better than with 20 steps (0.024 after one epoch in both our runs): for the sine, the last few samples already say what comes next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout&apos;s effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout 0.5 (keep_prob 0.5, as the seed notebook feeds it): during training each layer&apos;s outputs are zeroed at random, half of them at every step, and the rest doubled. The test set is evaluated without dropout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;loss&lt;/b&gt; chart: the batch losses are noisier and higher than without dropout (in our run, epoch 3 averaged 0.020 against 0.006).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;test MSE&lt;/b&gt; points lie below the batch losses: the test runs the whole network, without dropping anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;prediction&lt;/b&gt; still follows the sine, a little later: in our run the test MSE after 3 epochs was 0.0056, against 0.0030 without dropout. On a task this small there is nothing to overfit, so dropout only slows learning down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A learning rate far too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate 0.5, 500 times the seed&apos;s 0.001. Each step moves the weights so far that within a few steps the tanh head saturates: the network outputs a constant +1 or −1, whatever the input. The lesson starts paused: press &lt;b&gt;Step&lt;/b&gt; to train one batch at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Step&lt;/b&gt; eight times and watch the loss: it falls for three steps, then climbs from the 4th step on, to about 4 by the 8th. The red prediction is already a flat line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then train: the prediction stays a flat line at +1 or −1. The batch loss swings between 0 and 4 as the batches move along the sine, and the test MSE stays at about 1.09. The gate heatmaps are all 0 or 1: every gate is saturated too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It never recovers: a saturated tanh passes almost no gradient back. Nothing becomes infinite, so this is not reported as a divergence; Reset is the way out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain with 20-step windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then press &lt;i&gt;Retrain with 20 units&lt;/i&gt;: the same network with 20 units. It replaces this run, so note the test MSE first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain with 20 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain with 20 time steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then press &lt;i&gt;Retrain without dropout&lt;/i&gt;: the same network without dropout. It replaces this run, so note the test MSE first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain without dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then press &lt;i&gt;Retrain at learning rate 0.001&lt;/i&gt;: the seed&apos;s learning rate. It replaces this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain at learning rate 0.001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory over 50 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The echo task: the signal is random noise, and each window of 52 samples is labelled with its second sample, the one seen 50 steps before the window ends. Nothing later in the window says what it was: a network that cannot carry it for 50 steps can only answer 0, a test MSE of 0.213 (the noise&apos;s variance). This lesson trains a plain RNN for 30 epochs; then retrain with an LSTM, the same size, for the same 30 epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;loss&lt;/b&gt; chart: the test MSE sits at about 0.213 from the start: the network answers 0, whatever it sees. In our run the plain RNN stayed there for all 30 epochs (4,680 steps), but for one dip to 0.18 at epoch 6. Its state already holds the first sample when the one to keep arrives, and 50 more follow: with no gate it cannot choose what to write and what to keep, and the error that should teach it fades over the 50 steps back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;prediction&lt;/b&gt; chart: the target is the noise itself, each recalled sample drawn where it lies; the red answers stay flat near 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then press &lt;i&gt;Retrain with an LSTM&lt;/i&gt;. In our run it also sat at 0.213 for 20 epochs, then broke through: 0.178 at epoch 21, 0.039 at 22, 0.0034 at 25 and 0.0012 at 30: the same steps, the same data, and only the cell differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Time steps 51, so that the sample to recall opens the window: then the plain RNN learns it too, and sooner (epoch 8 in our run), because its state is still empty when the sample arrives. With 60 time steps neither cell learned in 60 epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain with an LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forget gate&apos;s bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch starts every LSTM bias small and random, so the forget gate f starts near 0.5: each step the cell keeps about half of its memory, and after 50 steps almost nothing. A common remedy (Gers et al. 2000, Jozefowicz et al. 2015) starts the forget bias at 1, so f starts near 0.73. This lesson trains the echo at lag 50 with forget bias 1; then retrain with PyTorch&apos;s own start and compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;f&lt;/b&gt; heatmap at the start: with bias 1 most of it is brighter than 0.5 from the first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;loss&lt;/b&gt; chart: in our run the test MSE stayed at 0.213 (the answer 0) until epoch 11, then fell: 0.179 at epoch 12, 0.062 at 13, 0.0026 at 17 and 0.00017 at 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then press &lt;i&gt;Retrain with forget bias 0&lt;/i&gt;: the same network from PyTorch&apos;s start. In our run it broke through nine epochs later, at epoch 21, and reached 0.0012 at 30. But with 51 time steps the order was the other way round (bias 1 at epoch 28, bias 0 at 18): when the break comes depends on the random start as well as on the bias. Try other seeds before drawing a rule from one run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain with forget bias 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <source>Loss (mean squared error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train loss per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test MSE per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %L1
train loss %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
test MSE %1 (epoch %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LSTM Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step One Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on exactly one batch, then pause (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from fresh random weights (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Training on &amp;Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin training the network as soon as LSTM Lab opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the Network Run &amp;Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LSTM Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How an LSTM works and how to read every panel, with the window&apos;s own pictures (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the network run free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate &amp;Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the configured epochs done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the whole training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training steps per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean squared error of the last training batch, and on the whole test set after the last epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;These settings cannot be trained&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; A new network learns from scratch, so the loss starts high again and the loss chart begins anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate ÷10, start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Training finished: %n epoch(s) done. Press Train to start again, or set Epochs to &quot;until stopped&quot;.</source>
        <translation>
            <numerusform>Training finished: %n epoch done. Press Train to start again, or set Epochs to &quot;until stopped&quot;.</numerusform>
            <numerusform>Training finished: %n epochs done. Press Train to start again, or set Epochs to &quot;until stopped&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Epoch %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight updates so far, one per batch; batch %1 of %2 in this epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight updates so far, one per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss %1 · Test MSE %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on training (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training the network (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <comment>state: training is running</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LSTM Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anatomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison for the lesson &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson &quot;%1&quot;: press Step (F10) to train one batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed the network its own predictions instead of the real signal, and draw where it goes on its own past the test data: what it has really learned, not just one-step-ahead copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause After Each Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after every pass over the training set, with that epoch&apos;s test error on the loss chart; Resume goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused after epoch %1: its test MSE is the newest orange point of the loss chart. Resume (Space) trains the next epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This run failed&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Undone.&lt;/b&gt; The trained network is back, at step %L1 with its settings, loss history and optimizer. Press Train to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: keep the trained network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LSTM Lab %1&lt;/h3&gt;&lt;p&gt;Trains a real LSTM network, live, to predict the next sample of a signal (the seed&apos;s sine, other waves or your own series), and shows what happens inside it while it learns:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the &lt;b&gt;prediction&lt;/b&gt; (red) against the real signal (dashed green) on the test set;&lt;/li&gt;&lt;li&gt;the &lt;b&gt;loss&lt;/b&gt;: the training batches&apos; error and the test error after each epoch;&lt;/li&gt;&lt;li&gt;the &lt;b&gt;gates&lt;/b&gt; of every layer for one input window: %3, per unit and time step.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Change a setting on the left and watch the network learn again. Every control&apos;s tooltip says what it does.&lt;/p&gt;&lt;p&gt;The network is PyTorch&apos;s LSTM (gate order i, f, g, o) written in &lt;nobr&gt;C++&lt;/nobr&gt; with Eigen; the window uses Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Free run&lt;/b&gt; (purple): from the first test window on, the network is fed its own predictions instead of the real signal. It was only ever trained to guess one step ahead from real samples, so its small errors add up: it often drifts or settles to a flat line. A curve that keeps its shape means it has learned the signal&apos;s rhythm, not just to copy the last sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sine task: predict the next sample of a signal (Ctrl+Shift+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding task: skip-gram word vectors, trained live on a map (Ctrl+Shift+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Embeddings&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The seed&apos;s third task: skip-gram learns a vector for every word (or character) by predicting its neighbours, and similar words drift together on the map. The other tasks pause while it is shown.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text task: a character-level network learns to write, from Tang poems or any text (Ctrl+Shift+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sine&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The seed&apos;s first task: from a window of samples, predict the next one. Its settings and network stay as they are while the text task is shown.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Text&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The seed&apos;s second task: a character-level network reads a text one character at a time and learns to write like it. The sine&apos;s training pauses while it is shown.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot learn from this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this text session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved text network</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The text network has trained %n step(s) since it was last saved. Save it before closing? Discarding loses them.</source>
        <translation>
            <numerusform>The text network has trained %n step since it was last saved. Save it before closing? Discarding loses it.</numerusform>
            <numerusform>The text network has trained %n steps since it was last saved. Save it before closing? Discarding loses them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Text Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM Lab sessions (*.lstmlab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train Side by &amp;Side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train two or three networks that differ in one setting on the same data, one step of each in turn, and compare their curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;How to read this screen&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;span style=&apos;color:#d61f1f&apos;&gt;&lt;b&gt;Red&lt;/b&gt;&lt;/span&gt;: the network&apos;s guess of every test window&apos;s label (the next sample; for the echo, the sample that many steps back); &lt;span style=&apos;color:#1a9c3a&apos;&gt;&lt;b&gt;dashed green&lt;/b&gt;&lt;/span&gt;: the real labels. When they overlap, it has learned.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Loss&lt;/b&gt;: the error of each training step and, after each epoch, on the test set. Log scale: each labelled line down is ten times smaller.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gates&lt;/b&gt;: what every unit&apos;s gates did at each time step of the shaded input window. Move the slider to pick another window.&lt;/p&gt;&lt;p&gt;Rest the mouse on any control to see what it does; right-click a panel to save it as an image or a table.&lt;/p&gt;&lt;p&gt;&lt;b&gt;New here?&lt;/b&gt; Follow the &lt;b&gt;Lessons&lt;/b&gt; (the Lesson tab below, or the Lessons menu), and press &lt;b&gt;F1&lt;/b&gt; for the Guide.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not for the echo: free run feeds the network its guess of the next sample, and the echo&apos;s guess is a sample %n steps back.</source>
        <translation>
            <numerusform>Not for the echo: free run feeds the network its guess of the next sample, and the echo&apos;s guess is a sample %n step back.</numerusform>
            <numerusform>Not for the echo: free run feeds the network its guess of the next sample, and the echo&apos;s guess is a sample %n steps back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeighbourPanel</name>
    <message>
        <source>&lt;b&gt;Nearest tokens&lt;/b&gt; (cosine similarity of their vectors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a token, or click one on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the vocabulary: only tokens that occur at least min-count times get a vector.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneHotLink</name>
    <message>
        <source>&lt;b&gt;The same token, two ways in&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Text Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session of the text task (saved in the window, or session.lstmlab of a headless --task text run): its character network&apos;s input weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A character network&apos;s input is one-hot, so W&lt;sub&gt;ih&lt;/sub&gt;·x picks one column of W&lt;sub&gt;ih&lt;/sub&gt;: that column is the LSTM&apos;s own vector for the character, learnt while it learnt to write. The skip-gram learns a vector for the same token by predicting its neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Text Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM Lab sessions (*.lstmlab);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: it holds fewer weights than its configuration says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a token on the map or in the list of nearest tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip-gram vector of “%1” (%2 numbers):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearest by skip-gram: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a text session to see the character network&apos;s vector beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a single character: the character network has no column for it (train the embeddings with tokens = characters to compare).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not occur in the text the character network learnt (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of the character network&apos;s W&lt;sub&gt;ih&lt;/sub&gt; (4 × %2 numbers: the input parts of the gates i, f, g, o):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearest by the character network&apos;s input weights: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelExporter</name>
    <message>
        <source>Cannot save %1: the panel &quot;%2&quot; has no size to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG encoder failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, exported from LSTM Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the SVG generator could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: it is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictionChart</name>
    <message>
        <source>Prediction of the next sample on the test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted by the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;For every window of the test set (the end of the series, never seen in training) the network predicts the next sample: &lt;b&gt;red&lt;/b&gt;. The real %1 is &lt;b&gt;dashed green&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The shaded band is the input window whose gates the gate panels show. Right-click to save the chart or its data.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input window #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall of the sample %1 steps back on the test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The echo task: for every window of the test set the network answers with the sample it saw %1 steps before the window&apos;s end: &lt;b&gt;red&lt;/b&gt;. The real sample is &lt;b&gt;dashed green&lt;/b&gt;, drawn where it lies in the series, so the target is the noise itself.&lt;/p&gt;&lt;p&gt;The shaded band is the input window whose gates the gate panels show. Right-click to save the chart or its data.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunListPanel</name>
    <message>
        <source>diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no epoch completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test MSE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2
%3 · %L4 steps · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 × %3 units, %4 time steps, seed %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, forget bias %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n layer</numerusform>
            <numerusform>%n layers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 time steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget bias %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every run that trained is kept here. Tick runs to draw them on the loss and prediction charts; the legend names what sets each apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train Side by Side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train two or three networks that differ in a setting (the cell, the seed, the forget bias…) on the same data, one step of each in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected run from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept runs: tick one to draw it on the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs kept for comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Runs&lt;/b&gt;: every run that trained is kept here with its settings, loss curve, final test MSE and prediction, and saved in the session. Tick a run to draw it on the loss and prediction charts beside the present one. &lt;b&gt;Train Side by Side…&lt;/b&gt; trains two or three networks that differ in one setting on the same data, one step of each in turn.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training now: %1. It joins the list when it finishes or a new network replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training now, side by side: %1. They join the list when they finish or new networks replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs training now are drawn on the charts already; the list keeps them once they end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplePanel</name>
    <message>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below 1 the network picks its likeliest characters more often (safer, more repetitive); above 1 it takes more chances (wilder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters written per sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text&apos;s first character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A priming text fed to the network before it writes; every character must appear in the text it learns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Temperature&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The network gives every symbol a probability; the sample draws from them raised to 1/temperature. At 1 it draws as the network believes; lower is more careful, higher more adventurous.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Length&lt;/b&gt;&lt;/p&gt;&lt;p&gt;How many characters each sample draws after its priming text.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sample Now&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The network writes from its present weights. While training runs a sample is written every few seconds and after every epoch, numbered with the epoch and step that wrote it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network writes, newest last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Samples&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Text written by the network, one character at a time, each drawn from its predicted probabilities and fed back in. From noise at the start to the shape of the text: line lengths, punctuation, words.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a sample from the present weights (one is also written every few seconds while training runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── Sample %1 · epoch %2, step %L3 · temperature %4 ──</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>&amp;New Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again with the seed&apos;s configuration on the sine and fresh weights (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved session (.lstmlab) and go on training exactly where it stopped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings, weights, optimizer state, loss history and signal, to go on later exactly where training is now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import model.json…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a model&apos;s structure and weights (from LSTM Lab&apos;s headless mode, say) and train it with the current settings; the optimizer starts afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport model.json…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the network&apos;s structure and weights under PyTorch&apos;s names, to load into torch.nn.LSTM (docs/model-format.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Recent Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

no longer exists. It has been removed from the recent sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other missing file(s) were removed too.</source>
        <translation>
            <numerusform>%n other missing file was removed too.</numerusform>
            <numerusform>%n other missing files were removed too.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — LSTM Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM Lab sessions (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export model.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM Lab models (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still busy with the last file; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was lost: the training goes on in the window, and a file that was already there is unchanged. Choose another folder or name and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the model to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 at step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training in this window has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training has changed since %1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing once the file is written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it before closing? Discarding loses the steps trained since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it before starting a new session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current session is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session: the seed&apos;s configuration on the sine, with fresh weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM Lab sessions (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it before opening %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session in the window is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 at step %2 (epoch %3). Press Train to go on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import model.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM Lab models (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it before importing %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: its structure and weights, trained with your settings; the optimizer starts afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series it learns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new network stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionIo</name>
    <message>
        <source>its settings are outside the ranges the window offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be trained here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a model.json, not a session: File › Import model.json… trains it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSignal</name>
    <message>
        <source>signal.parameters is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal.parameters.%1: a CSV series has only &quot;path&quot; and &quot;column&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal.parameters.path must name the CSV file the series was read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal.parameters.column must be a whole number from 0 (the only column) up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal.id &quot;%1&quot; is none of the signals LSTM Lab knows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal.parameters.%1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal.parameters.noise must be in 0..%1 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal.parameters.%1: the signal &quot;%2&quot; has no such parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal.parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series it learns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signal it learns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data it learns cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideBySideDialog</name>
    <message>
        <source>Train Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or three networks learn the same signal at once, one step of each in turn, so all have taken the same steps. Each run has its own weights, optimizer and random numbers; every setting not shown here is the Hyperparameters panel&apos;s. The first run is the one the gate panels show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget gate bias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (LSTM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the LSTM&apos;s forget gate at a bias of 1 (remember by default) instead of PyTorch&apos;s 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalCatalog</name>
    <message>
        <source>The seed notebook&apos;s signal: one pure sine with period 2 pi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three sines of different frequencies added together: the network has to track several oscillations at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sine whose swing shrinks over time, like a plucked string: the test range is quieter than most of the training range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumps between +A and -A every half period. A window that sits on a flat part cannot tell when the next jump comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climbs steadily from -A to A, then drops back at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angular frequency w in radians per unit of x: the period is 2 pi / w, and the seed&apos;s sin(x) has w = 1 (about 628 samples per period at the seed&apos;s spacing 0.01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the wave; the network&apos;s tanh output reaches +-1 only in the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay rate d per unit of x: the swing halves every ln 2 / d (69 units at d = 0.01); 0 gives the plain sine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A memory task: the series is random noise, and the network must output the sample it saw lag steps before the window&apos;s end. Only a network that carries that value along can do better than guessing 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many steps back the sample to recall lies, counted from the window&apos;s last sample: 1..timesteps - 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The noise is uniform in (-A, A): guessing 0 always misses by A^2 / 3 on average.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalPanel</name>
    <message>
        <source>sd %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sine (the seed&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of sines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damped sine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sawtooth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your series: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency w%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amplitude A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amplitude a%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, scaled to [−1, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of sines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damped sine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>square wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sawtooth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + noise (sd %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Series from a CSV File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Value Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 columns. Which one holds the series to learn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The network keeps training on the previous signal. See the Signals section of the documentation for what a CSV file may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last series could not be read again, so the network learns %1 instead: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your series %1 stays in the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Noise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network learns to continue. Changing it makes new data and a new network that learns from scratch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian noise added to every sample (its standard deviation). Even a perfect network then misses by about sd² on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn your own series: a CSV file with one value column, or a column you choose. The last tenth becomes the test set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Signal&lt;/b&gt;: the series the network learns to continue, one sample at a time: the seed&apos;s sine, other waves, noise on top, or your own CSV file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values; the last %2 are the test set. The training part&apos;s range [%3, %4] is scaled to [−1, 1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo (memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Lag&lt;/b&gt;: the echo task labels each window with the sample that came &lt;i&gt;lag&lt;/i&gt; steps before its last one, so the network must remember it that long while new noise keeps arriving. Nothing later in the window says what it was.&lt;/p&gt;&lt;p&gt;It must be 1..time steps &amp;minus; 1: the sample has to lie inside the window. Until the network remembers, its best answer is 0, a test MSE equal to the noise&apos;s variance (0.213 at amplitude 0.8). At lag 50 every cell sits there for many epochs first (Lessons &amp;gt; Memory over 50 steps).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The echo needs windows of at least 2 time steps: with %1 there is no lag to recall (the lag must be 1..time steps − 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag %1 does not fit windows of %2 time steps: the lag must be 1..%3, so that the sample to recall lies inside the window. Lower the lag, or raise the time steps to at least %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>echo: the noise %1 steps back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeedSlider</name>
    <message>
        <source>full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train as fast as this computer can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to %1, a pace at which you can watch the network learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pace of training, from one step (one batch) per second on the left to full speed on the right. LSTM Lab starts at a teaching pace of 200 steps a second, so you can watch the prediction take shape; slower, you can follow the gates step by step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextAnalysisPanel</name>
    <message>
        <source>Find a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which units follow quotes, brackets, the position in the line, punctuation or a poem&apos;s first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen unit&apos;s equations at the chosen character, with its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text traced yet: the maps fill in while the network trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters %1 … %2 of the %3 in the character view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · the first %2 of %3 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters %1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextControlPanel</name>
    <message>
        <source>Text to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text the network learns to write, one character at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn from any UTF-8 text file (File &gt; Open Text…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Open Text&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Any UTF-8 text can be learnt: a novel from Project Gutenberg, your own poems, source code. Each distinct character becomes one symbol of the network&apos;s vocabulary (at most 10,000).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Text to learn&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The 300 Tang poems come with the Debian package fortunes-zh, the English fortunes with fortunes. The last 10% of the text is held out: the validation figure is measured on it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text defaults (2 × 128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udacity Anna KaRNNa (2 × 512)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every control at once: LSTM Lab&apos;s text defaults, or the seed&apos;s Udacity configuration (2 layers of 512 units, 100 steps, 100 streams, learning rate 0.001, dropout 0.5, clipping 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Presets&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The seed&apos;s second project trains Udacity&apos;s &quot;Anna KaRNNa&quot;: 2 layers of 512 units on 100 streams of 100 characters. It needs far more time per step than the text defaults.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters per batch and stream: how far back the gradient reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each layer&apos;s outputs dropped while training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is cut into this many parallel streams: the batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam&apos;s step size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the training text; 0 trains until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip norm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients longer than this are scaled down to it; 0 turns clipping off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting weights and dropout masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurrent cell of every layer: the LSTM (gates i, f, g, o and a cell state c), the GRU (gates r, z, n) or the plain RNN (h = tanh of its input and h before), as PyTorch&apos;s nn.LSTM, nn.GRU and nn.RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units in every layer (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacked recurrent layers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextCorpusCatalog</name>
    <message>
        <source>300 Tang poems (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortunes about computers (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed: %2 is missing. Install the Debian package %3 (sudo apt-get install %3), or open any UTF-8 text with File &gt; Open Text….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such text: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextLossChart</name>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bits per character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss in bits per character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bits per character&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The cross-entropy in bits: log2 of the vocabulary&apos;s size for a network that knows nothing, the unigram entropy for one that knows only how often each character occurs, and lower for one that uses the context. The validation figure is measured on the held-out last 10% of the text, without dropout.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unigram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bits the network needs, on average, to encode the next character: the training batches (blue) and the held-out validation text after every epoch (orange). The dashed line, unigram, is a model that ignores context and knows only how often each character occurs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextTaskPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; A new network learns from scratch: the loss starts high again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Training diverged&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;These settings cannot be trained&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Text training finished: %n epoch(s) done.</source>
        <translation>
            <numerusform>Text training finished: %n epoch done.</numerusform>
            <numerusform>Text training finished: %n epochs done.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anatomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates over the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the validation text, every character tinted by one unit; which units follow quotes, lines or punctuation; every gate over the characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn from any UTF-8 text file: the text task writes in its style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Te&amp;xt Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved text session (the window&apos;s or a headless run&apos;s session.lstmlab) and go on training where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Text Session &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the text network, its optimizer, histories and samples, to go on later exactly where training is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot learn from this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was trained on a text with another vocabulary (%2 symbols) than %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 at step %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Text Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM Lab sessions (*.lstmlab);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this text session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Text Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM Lab sessions (*.lstmlab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the text session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 characters, %L2 distinct symbols. A model that knows only how often each occurs needs %3 bits per character: the dashed line to beat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a text on the left: its symbols are the network&apos;s inputs and outputs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one column per symbol: the one-hot input picks a column, no product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer below&apos;s h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer&apos;s own h of the step before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax over the symbols: the next character&apos;s probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %L1 (batch %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits/char · validation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Parameters: %L1&lt;/b&gt; (one-hot input of %L2 symbols: %3×V = %L4 input weights)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Every character is one of V = %L1 symbols. The network reads it as a one-hot vector, %n %2 layer(s) of H = %L3 units carry the state, and a softmax head gives the probability of every symbol coming next.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Every character is one of V = %L1 symbols. The network reads it as a one-hot vector, %n %2 layer of H = %L3 units carries the state, and a softmax head gives the probability of every symbol coming next.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Every character is one of V = %L1 symbols. The network reads it as a one-hot vector, %n %2 layers of H = %L3 units carry the state, and a softmax head gives the probability of every symbol coming next.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextTrainingController</name>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timesteps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text model rebuilt with new weights: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no text to learn from: choose a corpus or open a text file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextTrainingWorker</name>
    <message>
        <source>The model could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no text to learn from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no trained text model to save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceWindowPicker</name>
    <message>
        <source>Gates of input window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which test window the gate panels below show. Its input samples are shaded on the prediction chart; the network&apos;s answer for it is the next point of the red curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 of %2 · x %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timesteps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model rebuilt with new weights: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model rebuilt with new weights for the signal &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model rebuilt with new weights for the series &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side trains 2 or 3 runs, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>The model could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no trained model: the last settings could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>LSTM Lab has no translation for &quot;%1&quot;; it speaks: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation catalogue %1 is missing from this build of LSTM Lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM Lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnrolledDiagram</name>
    <message>
        <source>&lt;p&gt;The network unrolled over the time steps of the traced input window. Every box in a row is the &lt;b&gt;same&lt;/b&gt; LSTM cell with the same weights, drawn once per time step: the cell state c and the hidden state h are carried from each step to the next. Only the last step&apos;s h reaches the tanh head, which predicts the next sample.&lt;/p&gt;&lt;p&gt;Click a box to pick its time step in the gate heatmaps.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One cell, reused at every time step (same weights W_ih, W_hh, b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timesteps = 1: the cell runs once, from zero state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timesteps = %1: the copies are one cell at t = 0 … %2, not %1 cells. c and h carry the memory along. Click a copy to pick its time step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⋮ %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh head
%1 → 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ŷ = %1
next sample %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ŷ: the next sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads h of the last step only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The network unrolled over the time steps of the traced input window. Every box in a row is the &lt;b&gt;same&lt;/b&gt; %1 cell with the same weights, drawn once per time step: the hidden state h, its only memory (it has no cell state c), is carried from each step to the next. Only the last step&apos;s h reaches the tanh head, which predicts the next sample.&lt;/p&gt;&lt;p&gt;Click a box to pick its time step in the gate heatmaps.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timesteps = %1: the copies are one cell at t = 0 … %2, not %1 cells. h carries the memory along (this cell has no c). Click a copy to pick its time step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VectorStrip</name>
    <message>
        <source>component %1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowHelp</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Units (num_units)&lt;/b&gt;: the number of neurons in each of the four gate layers of an LSTM cell (i, f, g and o), not a number of cells. It is the number of rows of every heatmap and the length of the cell state c and the hidden state h.&lt;/p&gt;&lt;p&gt;Try 2 units, then the seed&apos;s 20, then 64: watch how well the red prediction follows the sine and how fast the loss falls. Help › Guide explains num_units with your network&apos;s numbers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Layers&lt;/b&gt;: LSTM layers stacked on each other. Layer 1 reads the sine; each higher layer reads the hidden states h of the layer below at every step.&lt;/p&gt;&lt;p&gt;With two or more, compare the layers with the selector above the heatmaps: higher layers often look smoother.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Time steps&lt;/b&gt;: how many past samples the network reads before predicting the next one, the length of every input window.&lt;/p&gt;&lt;p&gt;The heatmaps get one column per step and the shaded band on the prediction chart widens. The same cell is applied at every step, so more steps add no weights, only work.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Dropout&lt;/b&gt;: while training, each output of every LSTM layer is zeroed with this probability (the rest are scaled up), so the network cannot rely on any one unit.&lt;/p&gt;&lt;p&gt;Watch the training loss get noisier while the test error, computed without dropout, stays low. The seed&apos;s notebook sets keep 0.5 but never uses it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The keep probability, 1 − dropout: what the seed&apos;s DropoutWrapper calls output_keep_prob.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Learning rate&lt;/b&gt;: how far Adam moves the weights at each step.&lt;/p&gt;&lt;p&gt;Watch the loss chart: too small and the loss falls slowly; too large and it jumps about or climbs, and the run may diverge (a red banner then offers a smaller rate). The seed uses 0.001.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Batch size&lt;/b&gt;: how many windows are averaged into one training step.&lt;/p&gt;&lt;p&gt;Small batches make many noisy steps per epoch (a jagged loss curve); large ones few smooth steps. The seed uses 64.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Epochs&lt;/b&gt;: passes over the whole training set; the status bar counts them and the test error is measured after each.&lt;/p&gt;&lt;p&gt;“until stopped” trains until you pause. The seed trains 50 epochs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Seed&lt;/b&gt;: fixes the random initial weights (and dropout and shuffling).&lt;/p&gt;&lt;p&gt;Change it to see that a different start can learn faster or slower, and that units take on different roles each time.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Train / Pause / Resume&lt;/b&gt; (Space): starts training, pauses it keeping the weights, and carries on.&lt;/p&gt;&lt;p&gt;While it trains every panel updates live.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Step&lt;/b&gt; (F10): one training step on one batch, then pause.&lt;/p&gt;&lt;p&gt;Click it repeatedly and watch the gates and the gate inspector&apos;s numbers change by one weight update at a time.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Reset&lt;/b&gt; (Ctrl+R): fresh random weights from the seed, as before the first step; the loss history starts again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss of every step and test error after every epoch, on a log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Loss&lt;/b&gt;: the mean squared error of each training batch (thin line) and of the whole test set after each epoch (points), on a logarithmic scale: each labelled line down is ten times smaller.&lt;/p&gt;&lt;p&gt;A falling curve is learning; a curve that levels off has learned what it can with these settings; jumps upward mean the learning rate is too large.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gate of one layer for the shaded input window: rows are units, columns time steps. Click a cell to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Layer&lt;/b&gt;: which LSTM layer the heatmaps show. Layer 1 reads the sine; each further layer reads the outputs of the layer below.&lt;/p&gt;&lt;p&gt;Compare the layers: the first often follows the sine closely, higher ones combine it into slower or shifted patterns. The gate inspector follows the layer chosen here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Input window&lt;/b&gt;: picks which window of the test set the heatmaps and the gate inspector show; it is shaded on the prediction chart.&lt;/p&gt;&lt;p&gt;Move it to a peak, a trough or a zero crossing of the sine and see how the gates react to each part of the wave.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen window: its number among the test windows and the x range it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The input window the heatmaps show: its number and the x values of its first and last samples.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Free run&lt;/b&gt;: after the test data the network is fed its own predictions and runs on alone.&lt;/p&gt;&lt;p&gt;A network that has really learned the sine keeps drawing it; one that has only learned to copy the last sample drifts away or goes flat.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Train / Pause / Resume&lt;/b&gt; (Space): starts training, pauses it keeping the weights, and carries on. Every panel updates live while it trains.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Step&lt;/b&gt; (F10): one training step on one batch, then pause: watch one weight update change the gates and the inspector&apos;s numbers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Reset&lt;/b&gt; (Ctrl+R): fresh random weights, as before the first step.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hyperparameters&lt;/b&gt;: the shape of the network and how it is trained. A change to units, layers or time steps builds a new network that learns from scratch; the others take effect at the next step.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the training is doing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Training, Paused, Finished, Diverged or Ready.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The epoch in progress: one epoch is one pass over all training windows.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Training steps so far: one step is one batch and one weight update.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;How many training steps the computer manages per second.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The last batch&apos;s loss and the last test error, the numbers behind the loss chart.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The share of the configured epochs done.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Export all&lt;/b&gt; (Ctrl+Shift+E): every panel as a PNG picture, an SVG drawing and a CSV table of its numbers, into one folder; the gates as one picture per layer. File &gt; Export Scale makes the PNG pictures 2 or 4 times larger.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training series cut into windows: the windows of the batch just trained and their labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Batches&lt;/b&gt;: the training series is cut into windows of as many samples as there are time steps, each labelled with the sample that follows it. A training step takes one batch of windows (64 in the seed; the last batch of an epoch is shorter). The shaded part shows the windows of the batch just trained, one row each below, with a red dot on each label; the strip on top shows where the batch lies in the whole series.&lt;/p&gt;&lt;p&gt;Press Step to move one batch on. With shuffling on, a batch&apos;s windows lie scattered over the series.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cell&lt;/b&gt;: what every layer is made of. The LSTM has four gate layers and a cell state c that carries the memory; the GRU has three (reset r, update z and the candidate n) and keeps its memory in h; the plain RNN is one tanh layer without gates.&lt;/p&gt;&lt;p&gt;Train each on the same settings and compare the loss curves. The gate heatmaps, the Gate Inspector and the Anatomy show the chosen cell&apos;s own gates.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Prediction&lt;/b&gt;: for every window of the test set (the end of the series, never seen in training) the network&apos;s guess of its label (red) against the real labels (dashed green; their name is in the legend). The label is the sample after the window, or for the echo the sample that many steps back.&lt;/p&gt;&lt;p&gt;When the red curve lies on the green one the network has learned. Look at the peaks and troughs, where a half-trained network lags. The shaded band is the window the heatmaps show.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
