<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>About</name>
    <message>
        <source>A desktop laboratory for learning how convolutional neural networks classify images: convolution, stride, padding, pooling, backpropagation, training and evaluation, step by step.</source>
        <translation>Um laboratório para aprender como redes neurais convolucionais classificam imagens: convolução, passo (stride), preenchimento (padding), agrupamento (pooling), retropropagação, treinamento e avaliação, passo a passo.</translation>
    </message>
    <message>
        <source>It follows the course “Introdução a Classificação de Imagens com TensorFlow &amp; Keras — Redes Convolucionais”, slide by slide, with the slides' own numbers as its examples.</source>
        <translation>Segue o curso “Introdução a Classificação de Imagens com TensorFlow &amp; Keras — Redes Convolucionais”, slide a slide, com os próprios números dos slides como exemplos.</translation>
    </message>
    <message>
        <source>The MNIST database of handwritten digits is by Yann LeCun, Corinna Cortes and Christopher J. C. Burges (CC BY-SA 3.0).</source>
        <translation>A base MNIST de dígitos manuscritos é de Yann LeCun, Corinna Cortes e Christopher J. C. Burges (CC BY-SA 3.0).</translation>
    </message>
    <message>
        <source>Built with Qt for Python {pyside}, NumPy, TensorFlow/Keras, pyqtgraph and OpenCV, on Python {python}.</source>
        <translation>Feito com Qt for Python {pyside}, NumPy, TensorFlow/Keras, pyqtgraph e OpenCV, em Python {python}.</translation>
    </message>
    <message>
        <source>About CNN Lab</source>
        <translation>Sobre o CNN Lab</translation>
    </message>
</context>
<context>
    <name>ConvolutionLesson</name>
    <message>
        <source>The kernel ({kh}×{kw}) is larger than the padded input ({ph}×{pw}): make the input bigger, add padding or use a smaller kernel.</source>
        <translation>O kernel ({kh}×{kw}) é maior que a entrada com preenchimento ({ph}×{pw}): aumente a entrada, acrescente preenchimento ou use um kernel menor.</translation>
    </message>
    <message>
        <source>Output size = ⌊(n + 2p − k)/s⌋ + 1
rows: {rows}
columns: {cols}</source>
        <translation>Tamanho da saída = ⌊(n + 2p − k)/s⌋ + 1
linhas: {rows}
colunas: {cols}</translation>
    </message>
    <message>
        <source>No output: the kernel does not fit.</source>
        <translation>Sem saída: o kernel não cabe na entrada.</translation>
    </message>
    <message>
        <source>Output cell (row {row}, column {col}):</source>
        <translation>Célula da saída (linha {row}, coluna {col}):</translation>
    </message>
</context>
<context>
    <name>ConvolutionView</name>
    <message>
        <source>Convolution</source>
        <translation>Convolução</translation>
    </message>
    <message>
        <source>The kernel slides over the input. At each position, every input value under the kernel is multiplied by the weight on top of it, and the products are added: that sum is one cell of the output (the feature map). Step through it, or edit any number — double-click a cell or just type.</source>
        <translation>O kernel desliza sobre a entrada. Em cada posição, cada valor da entrada sob o kernel é multiplicado pelo peso sobre ele, e os produtos são somados: essa soma é uma célula da saída (o mapa de características). Avance passo a passo, ou edite qualquer número — clique duas vezes numa célula ou apenas digite.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Kernel (filter)</source>
        <translation>Kernel (filtro)</translation>
    </message>
    <message>
        <source>Output (feature map)</source>
        <translation>Saída (mapa de características)</translation>
    </message>
    <message>
        <source>Yellow: the kernel's window and the output cell it produces. Grey: zero padding added around the input.</source>
        <translation>Amarelo: a janela do kernel e a célula da saída que ela produz. Cinza: preenchimento (padding) com zeros ao redor da entrada.</translation>
    </message>
    <message>
        <source>Sizes, stride and padding</source>
        <translation>Tamanhos, passo (stride) e preenchimento (padding)</translation>
    </message>
    <message>
        <source>Input size:</source>
        <translation>Tamanho da entrada:</translation>
    </message>
    <message>
        <source>Kernel size:</source>
        <translation>Tamanho do kernel:</translation>
    </message>
    <message>
        <source>Stride (s):</source>
        <translation>Passo — stride (s):</translation>
    </message>
    <message>
        <source>Padding (p):</source>
        <translation>Preenchimento — padding (p):</translation>
    </message>
    <message>
        <source>Rows of the input (n), up to 10</source>
        <translation>Linhas da entrada (n), até 10</translation>
    </message>
    <message>
        <source>Columns of the input (n), up to 10</source>
        <translation>Colunas da entrada (n), até 10</translation>
    </message>
    <message>
        <source>Rows of the kernel (k), up to 5</source>
        <translation>Linhas do kernel (k), até 5</translation>
    </message>
    <message>
        <source>Columns of the kernel (k), up to 5</source>
        <translation>Colunas do kernel (k), até 5</translation>
    </message>
    <message>
        <source>How many cells the kernel moves at each step. A larger stride overlaps less and gives a smaller output.</source>
        <translation>Quantas células o kernel se desloca a cada passo. Um stride maior sobrepõe menos as regiões e dá uma saída menor.</translation>
    </message>
    <message>
        <source>Rings of zeros added around the input, to control the output size and keep the information at the borders.</source>
        <translation>Linhas e colunas de zeros adicionadas ao redor da entrada, para ajustar o tamanho da saída e preservar a informação das bordas.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>No padding (Keras padding="valid")</source>
        <translation>Sem preenchimento (no Keras, padding="valid")</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>Just enough padding for an output of ⌈n/s⌉ cells (Keras padding="same"); with an even kernel the extra row and column go at the bottom and right.</source>
        <translation>Preenchimento suficiente para uma saída de ⌈n/s⌉ células (no Keras, padding="same"); com um kernel de tamanho par, a linha e a coluna extras ficam embaixo e à direita.</translation>
    </message>
    <message>
        <source>Deck example</source>
        <translation>Exemplo do slide</translation>
    </message>
    <message>
        <source>The slide's input, kernel and output</source>
        <translation>A entrada, o kernel e a saída do slide</translation>
    </message>
    <message>
        <source>Random numbers</source>
        <translation>Números aleatórios</translation>
    </message>
    <message>
        <source>Fill input and kernel with small random integers</source>
        <translation>Preenche a entrada e o kernel com pequenos inteiros aleatórios</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TensorFlow {version} ready</source>
        <translation>TensorFlow {version} pronto</translation>
    </message>
    <message>
        <source>TensorFlow could not be loaded: {error}</source>
        <translation>Não foi possível carregar o TensorFlow: {error}</translation>
    </message>
    <message>
        <source>Loading TensorFlow in the background…</source>
        <translation>Carregando o TensorFlow em segundo plano…</translation>
    </message>
    <message>
        <source>TensorFlow {version} loaded in {seconds:.1f} s</source>
        <translation>TensorFlow {version} carregado em {seconds:.1f} s</translation>
    </message>
    <message>
        <source>CNN Lab — convolutional networks, step by step</source>
        <translation>CNN Lab — redes convolucionais, passo a passo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Tela cheia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About CNN Lab</source>
        <translation>&amp;Sobre o CNN Lab</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lições</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratório</translation>
    </message>
    <message>
        <source>1. Convolution</source>
        <translation>1. Convolução</translation>
    </message>
</context>
<context>
    <name>MatrixGrid</name>
    <message>
        <source>“{text}” is not a number: the cell keeps {old}.</source>
        <translation>“{text}” não é um número: a célula continua com {old}.</translation>
    </message>
    <message>
        <source>A cell cannot be empty: the cell keeps {old}.</source>
        <translation>Uma célula não pode ficar vazia: ela continua com {old}.</translation>
    </message>
</context>
<context>
    <name>StepPlayer</name>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Back to the first step (Ctrl+Home)</source>
        <translation>Volta ao primeiro passo (Ctrl+Home)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Previous step (Page Up or Ctrl+←)</source>
        <translation>Passo anterior (Page Up ou Ctrl+←)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Next step (Page Down or Ctrl+→)</source>
        <translation>Próximo passo (Page Down ou Ctrl+→)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>How fast Play moves from one step to the next</source>
        <translation>Com que rapidez o Reproduzir passa de um passo ao seguinte</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Play or pause the steps (Ctrl+Space)</source>
        <translation>Reproduz ou pausa os passos (Ctrl+Espaço)</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translation>Passo {current} de {total}</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Nenhum passo</translation>
    </message>
</context>
</TS>